import { getTranslations } from "next-intl/server";
import { buildPublicFeed } from "@/lib/feed/build-public-feed";

// Read from the database on request (the build has none); shared caches and feed
// readers may keep it for a minute.
export const dynamic = "force-dynamic";

export async function GET() {
  const t = await getTranslations({ locale: "en", namespace: "site" });
  const xml = await buildPublicFeed({ siteName: t("name"), tagline: t("tagline") });
  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=60, stale-while-revalidate=60",
    },
  });
}
