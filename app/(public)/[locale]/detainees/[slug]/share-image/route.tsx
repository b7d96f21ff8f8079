import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { getPublishedDetaineeBySlug } from "@/lib/detainees/get-published-detainee-by-slug";
import { daysInDetention } from "@/lib/detainees/days-in-detention";
import { nameForLocale } from "@/lib/detainees/name-for-locale";
import { isLocale } from "@/lib/i18n/routing";

/**
 * The share card (1200×630) for a profile: name, status, days in detention.
 * Drawn with ImageResponse's own font (Geist, shipped inside `next`, which covers
 * Azerbaijani and Cyrillic): pages use the reader's system font, and no font file
 * is fetched from anywhere.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const result = await getPublishedDetaineeBySlug(slug);
  if (!result || !("profile" in result)) return new Response("Not found", { status: 404 });
  const { profile } = result;
  const [t, status, site] = await Promise.all([
    getTranslations({ locale, namespace: "detainee" }),
    getTranslations({ locale, namespace: "status" }),
    getTranslations({ locale, namespace: "site" }),
  ]);
  const days = daysInDetention(profile);
  const free = profile.status === "RELEASED" || profile.status === "ACQUITTED";

  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: "#431407",
        color: "#fff",
        padding: 72,
      }}
    >
      <div style={{ display: "flex", fontSize: 36, color: "#fed7aa" }}>{site("name")}</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: 88, lineHeight: 1.05 }}>{nameForLocale(profile, locale)}</div>
        <div style={{ display: "flex", marginTop: 32 }}>
          <div
            style={{
              display: "flex",
              fontSize: 40,
              padding: "8px 24px",
              borderRadius: 8,
              background: free ? "#166534" : "#b91c1c",
            }}
          >
            {status(profile.status)}
          </div>
        </div>
        <div style={{ display: "flex", fontSize: 44, marginTop: 28 }}>
          {days === null ? t("daysUnknownShort") : t("daysInDetention", { days })}
        </div>
      </div>
      <div style={{ display: "flex", fontSize: 28, color: "#fed7aa" }}>{site("tagline")}</div>
    </div>,
    {
      width: 1200,
      height: 630,
      headers: { "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400" },
    },
  );
}
