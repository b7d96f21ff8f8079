import { getTranslations } from "next-intl/server";
import { buildPublicFeed } from "@/lib/feed/build-public-feed";
import { isLocale } from "@/lib/i18n/routing";

// /feed.xml (English, rewritten here as /en/feed.xml), /az/feed.xml and /ru/feed.xml.
// Read from the database on request (the build has none); shared caches and feed
// readers may keep it for a minute.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found\n", { status: 404 });
  const t = await getTranslations({ locale, namespace: "site" });
  const xml = await buildPublicFeed({ locale, siteName: t("name"), tagline: t("tagline") });
  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=60, stale-while-revalidate=60",
    },
  });
}
