/** The charts of the numbers page, in page order; each id is part of stable download URLs. */
export const numberChartIds = ["status", "monthly", "affiliation", "occupation", "detention"] as const;
export type NumberChartId = (typeof numberChartIds)[number];

export const numberChartFormats = ["csv", "svg", "png"] as const;
export type NumberChartFormat = (typeof numberChartFormats)[number];

/** "status.csv" → { chart: "status", format: "csv" }; anything else → null (a 404). */
export function parseNumberChartFile(file: string): { chart: NumberChartId; format: NumberChartFormat } | null {
  const match = /^([a-z]+)\.([a-z]+)$/.exec(file);
  if (!match) return null;
  const [, chart, format] = match;
  if (!(numberChartIds as readonly string[]).includes(chart!)) return null;
  if (!(numberChartFormats as readonly string[]).includes(format!)) return null;
  return { chart: chart as NumberChartId, format: format as NumberChartFormat };
}

/** A chart's file on this site, e.g. /api/v1/numbers/status.png?lang=az: stable for embedding. */
export function numberChartPath(chart: NumberChartId, format: NumberChartFormat, lang: string): string {
  return `/api/v1/numbers/${chart}.${format}${lang === "en" ? "" : `?lang=${lang}`}`;
}
