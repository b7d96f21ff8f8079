import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPartnerDailyCounts } from "@/lib/partners/get-partner-daily-counts";
import type { Locale } from "@/lib/i18n/routing";
import { Container } from "@/components/ui/container";

// A partner's private, read-only page: its own confirmed signatures by day. Read on
// every visit (a revoked link must stop at once), kept out of search engines, shared
// caches and Referer headers (the token is the only key).
export const dynamic = "force-dynamic";

type Params = { locale: Locale; token: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, token } = await params;
  const t = await getTranslations({ locale, namespace: "petition.partnerCounts" });
  const counts = await getPartnerDailyCounts(token);
  return {
    title: counts ? t("metaTitle", { name: counts.name }) : undefined,
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

export default async function PartnerCountsPage({ params }: { params: Promise<Params> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const counts = await getPartnerDailyCounts(token);
  if (!counts) notFound();
  const t = await getTranslations("petition.partnerCounts");
  const number = new Intl.NumberFormat(locale);
  return (
    <Container className="space-y-6 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t("heading", { name: counts.name })}</h1>
      <p className="max-w-2xl">{t("intro")}</p>
      <p className="text-2xl font-bold" data-testid="partner-total">
        {t("total", { count: counts.total })}
      </p>
      {counts.days.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="min-w-64 text-left">
          <caption className="text-left font-semibold">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-6">
                {t("day")}
              </th>
              <th scope="col">{t("confirmed")}</th>
            </tr>
          </thead>
          <tbody>
            {counts.days.map((day) => (
              <tr key={day.day} className="border-t">
                <td className="pr-6">
                  <time dateTime={day.day}>{day.day}</time>
                </td>
                <td>{number.format(day.confirmed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Container>
  );
}
