import { stringify } from "csv-stringify/sync";
import { neutraliseCsvCell } from "@/lib/csv/neutralise-csv-cell";
import type { NumberChart } from "./number-charts";

/**
 * A chart's numbers as CSV: the rows of its table, in the same order, one column per
 * series. Labels are typed by staff (organisation names, occupations): every cell goes
 * through neutraliseCsvCell.
 */
export function numberChartCsv(chart: NumberChart, profilesUrl: (path: string) => string): string {
  const header = ["key", chart.keyLabel, ...chart.series.map((s) => s.label), "profiles"];
  const rows = chart.rows.map((row) => [
    row.key,
    row.label,
    ...chart.series.map((s) => String(row.values[s.key] ?? 0)),
    row.profilesPath ? profilesUrl(row.profilesPath) : "",
  ]);
  const cells = [header, ...rows].map((cells) => cells.map(neutraliseCsvCell));
  // A byte-order mark so spreadsheet programs read Cyrillic and Azerbaijani letters as UTF-8.
  return "\uFEFF" + stringify(cells, { record_delimiter: "\r\n" });
}
