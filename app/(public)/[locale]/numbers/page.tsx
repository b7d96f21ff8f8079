import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { chartSvg } from "@/lib/numbers/chart-svg";
import { getCampaignNumbers } from "@/lib/numbers/get-campaign-numbers";
import { describeNumberCharts } from "@/lib/numbers/number-charts";
import { numberChartPath } from "@/lib/numbers/number-chart-ids";
import { pageMetadata } from "@/lib/site/page-metadata";
import { Container } from "@/components/ui/container";
import { NumberChartSection } from "@/components/numbers/number-chart-section";

export const revalidate = 60;

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "numbers" });
  const site = await getTranslations({ locale, namespace: "site" });
  return pageMetadata({ locale, path: "/numbers", title: t("title"), description: t("intro"), siteName: site("name") });
}

export default async function NumbersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("numbers");
  const numbers = await getCampaignNumbers();
  const charts = await describeNumberCharts(numbers, locale);

  return (
    <Container className="py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t("intro")}</p>
      <p className="mt-2 max-w-3xl text-stone-700">
        {t("total", { count: numbers.total })}{" "}
        <time dateTime={numbers.asOf}>{t("asOf", { date: charts[0]!.asOfText })}</time>
      </p>
      <p className="no-print mt-2 max-w-3xl text-sm text-stone-700">{t("howToUse")}</p>
      {charts.map((chart) => (
        <NumberChartSection
          key={chart.id}
          chart={chart}
          svg={chartSvg(chart, { idPrefix: `chart-${chart.id}`, emptyText: t("empty") })}
          files={{
            csv: numberChartPath(chart.id, "csv", locale),
            svg: numberChartPath(chart.id, "svg", locale),
            png: numberChartPath(chart.id, "png", locale),
          }}
          texts={{
            asOf: t("asOf", { date: chart.asOfText }),
            profiles: t("profiles"),
            showProfiles: (label) => t("showProfiles", { label }),
            downloads: t("downloads"),
            csv: t("csv"),
            svg: t("svg"),
            png: t("png"),
          }}
        />
      ))}
    </Container>
  );
}
