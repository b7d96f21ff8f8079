import "server-only";
import { z } from "zod";
import type { Locale } from "@/lib/i18n/routing";
import { numberChartIds, numberChartPath } from "@/lib/numbers/number-chart-ids";
import type { CampaignNumbers } from "@/lib/numbers/compute-campaign-numbers";
import type { NumberChart } from "@/lib/numbers/number-charts";
import { absoluteUrl, siteOrigin } from "@/lib/site/absolute-url";

// What the API answers about the numbers page; see public-detainee.ts for why these are schemas.
export const numberChartSchema = z.strictObject({
  id: z.enum(numberChartIds),
  title: z.string(),
  keyLabel: z.string().meta({ description: "What the rows are (the first column's heading)." }),
  series: z
    .array(z.strictObject({ key: z.string(), label: z.string() }))
    .meta({ description: "The counted values of each row, in order; `key` names them in `rows[].values`." }),
  rows: z.array(
    z.strictObject({
      key: z.string().meta({
        description:
          "A status, a month (YYYY-MM), an organisation's slug, an occupation (English) or a time bucket; empty for not recorded.",
      }),
      label: z.string(),
      values: z.record(z.string(), z.int().min(0)),
      profilesUrl: z.url().nullable().meta({ description: "The list of the published profiles behind the row." }),
    }),
  ),
  notes: z.array(z.string()).meta({ description: "What the figures leave out, and why." }),
  csvUrl: z.url(),
  svgUrl: z.url(),
  pngUrl: z.url(),
});

export const numbersResponseSchema = z.strictObject({
  asOf: z.iso.date().meta({ description: "The day the figures describe (UTC)." }),
  total: z.int().min(0).meta({ description: "Published profiles counted." }),
  source: z.string().meta({ description: "How to credit the figures." }),
  pageUrl: z.url(),
  charts: z.array(numberChartSchema),
});

export type NumbersResponse = z.infer<typeof numbersResponseSchema>;

export function publicNumbers(numbers: CampaignNumbers, charts: NumberChart[], lang: Locale): NumbersResponse {
  return {
    asOf: numbers.asOf,
    total: numbers.total,
    source: charts[0]?.source ?? "",
    pageUrl: absoluteUrl("/numbers", lang),
    charts: charts.map((chart) => ({
      id: chart.id,
      title: chart.title,
      keyLabel: chart.keyLabel,
      series: chart.series,
      rows: chart.rows.map((row) => ({
        key: row.key,
        label: row.label,
        values: row.values,
        profilesUrl: row.profilesPath ? absoluteUrl(row.profilesPath, lang) : null,
      })),
      notes: chart.notes,
      csvUrl: `${siteOrigin()}${numberChartPath(chart.id, "csv", lang)}`,
      svgUrl: `${siteOrigin()}${numberChartPath(chart.id, "svg", lang)}`,
      pngUrl: `${siteOrigin()}${numberChartPath(chart.id, "png", lang)}`,
    })),
  };
}
