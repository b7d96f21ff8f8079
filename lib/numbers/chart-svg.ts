import { max } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import type { NumberChart } from "./number-charts";

/*
 * A chart as one standalone SVG document: the page inlines it, the image URLs serve it
 * as it is and, through sharp, as PNG. Scales and ticks come from d3-scale; the marks
 * are plain SVG elements, so no DOM and no client script are needed. The title, the
 * date and the source line are drawn into the image, so a copy carries its provenance.
 */

const WIDTH = 760;
const FONT = "system-ui, 'DejaVu Sans', 'Noto Sans', Arial, sans-serif";
const INK = "#1c1917";
const MUTED = "#57534e";
const GRID = "#e7e5e4";
const SERIES_COLOURS = ["#9a3412", "#15803d"];

/** Text for XML: staff type organisation names and occupations. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// No font metrics on the server: a generous average width keeps labels clear of the bars.
const textWidth = (text: string, size: number) => text.length * size * 0.58;

function truncate(text: string, size: number, width: number): string {
  if (textWidth(text, size) <= width) return text;
  const keep = Math.max(1, Math.floor(width / (size * 0.58)) - 1);
  return `${text.slice(0, keep)}…`;
}

const integerTicks = (scale: ReturnType<typeof scaleLinear<number, number>>, count: number) =>
  scale.ticks(count).filter((tick) => Number.isInteger(tick));

type Part = string;

// Tenths of a pixel are enough: the same drawing in fewer bytes.
const f = (value: number) => Math.round(value * 10) / 10;

function header(chart: NumberChart, idPrefix: string, height: number): Part[] {
  const single = chart.series.length === 1;
  const summary = chart.rows
    .map(
      (row) =>
        `${row.label}: ${chart.series.map((s) => (single ? "" : `${s.label} `) + (row.values[s.key] ?? 0)).join(", ")}`,
    )
    .join("; ");
  const description = [summary, ...chart.notes, chart.source].filter(Boolean).join(". ");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${idPrefix}-title" aria-describedby="${idPrefix}-desc" font-family="${escapeXml(FONT)}">`,
    `<title id="${idPrefix}-title">${escapeXml(`${chart.title}. ${chart.asOfLine}`)}</title>`,
    `<desc id="${idPrefix}-desc">${escapeXml(description)}</desc>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="30" font-size="19" font-weight="700" fill="${INK}">${escapeXml(chart.title)}</text>`,
    `<text x="16" y="52" font-size="13" fill="${MUTED}">${escapeXml(chart.asOfLine)}</text>`,
  ];
}

/** Words into lines that fit `width`: a long note is wrapped, never cut. */
function wrap(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const footerLines = (chart: NumberChart) => [
  ...chart.notes.flatMap((note) => wrap(note, 12, WIDTH - 32)),
  ...wrap(chart.source, 12, WIDTH - 32),
];

function footer(chart: NumberChart, height: number): Part[] {
  const lines = footerLines(chart);
  return lines.map(
    (line, i) =>
      `<text x="16" y="${height - 12 - (lines.length - 1 - i) * 17}" font-size="12" fill="${MUTED}">${escapeXml(line)}</text>`,
  );
}

const footerHeight = (chart: NumberChart) => 24 + footerLines(chart).length * 17;

/** One horizontal bar per row: counts by status, affiliation, occupation, time held. */
function barChart(chart: NumberChart, idPrefix: string): string {
  const rowHeight = 30;
  const top = 76;
  const plotHeight = Math.max(1, chart.rows.length) * rowHeight;
  const axisHeight = 26;
  const height = top + plotHeight + axisHeight + footerHeight(chart);
  const labelWidth = Math.round(Math.min(300, Math.max(80, ...chart.rows.map((r) => textWidth(r.label, 13)))) + 12);
  const left = 16 + labelWidth;
  const right = WIDTH - 56;
  const key = chart.series[0]!.key;
  const x = scaleLinear()
    .domain([0, Math.max(1, max(chart.rows, (r) => r.values[key] ?? 0) ?? 0)])
    .nice()
    .rangeRound([left, right]);
  const y = scaleBand<string>()
    .domain(chart.rows.map((r) => r.key))
    .rangeRound([top, top + plotHeight])
    .padding(0.25);

  const parts = header(chart, idPrefix, height);
  for (const tick of integerTicks(x, 6)) {
    parts.push(
      `<line x1="${x(tick)}" x2="${x(tick)}" y1="${top}" y2="${top + plotHeight}" stroke="${GRID}"/>`,
      `<text x="${x(tick)}" y="${top + plotHeight + 18}" font-size="12" fill="${MUTED}" text-anchor="middle">${tick}</text>`,
    );
  }
  for (const row of chart.rows) {
    const value = row.values[key] ?? 0;
    const y0 = y(row.key)!;
    const middle = y0 + y.bandwidth() / 2 + 4.5;
    parts.push(
      `<text x="${left - 8}" y="${middle}" font-size="13" fill="${INK}" text-anchor="end">${escapeXml(truncate(row.label, 13, labelWidth - 12))}</text>`,
      `<rect x="${left}" y="${y0}" width="${Math.max(0, x(value) - left)}" height="${y.bandwidth()}" fill="${SERIES_COLOURS[0]}"/>`,
      `<text x="${x(value) + 6}" y="${middle}" font-size="13" font-weight="700" fill="${INK}">${value}</text>`,
    );
  }
  parts.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotHeight}" stroke="${MUTED}"/>`);
  return [...parts, ...footer(chart, height), "</svg>"].join("");
}

/** Every month from the first to the last row's, so gaps show as gaps on the time axis. */
function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split("-").map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** Grouped columns per month: arrests and releases over time. */
function monthlyChart(chart: NumberChart, idPrefix: string, emptyText: string): string {
  const top = 96;
  const plotHeight = 220;
  const axisHeight = 30;
  const height = top + plotHeight + axisHeight + footerHeight(chart);
  const left = 56;
  const right = WIDTH - 20;
  const months = chart.rows.length ? monthRange(chart.rows[0]!.key, chart.rows.at(-1)!.key) : [];
  const byMonth = new Map(chart.rows.map((r) => [r.key, r]));
  const peak = max(chart.rows, (r) => max(chart.series, (s) => r.values[s.key] ?? 0)) ?? 0;
  const y = scaleLinear()
    .domain([0, Math.max(1, peak)])
    .nice()
    .rangeRound([top + plotHeight, top]);
  const x = scaleBand<string>().domain(months).range([left, right]).paddingInner(0.2).paddingOuter(0.1);
  const inner = scaleBand<string>()
    .domain(chart.series.map((s) => s.key))
    .range([0, x.bandwidth()])
    .padding(0.05);

  const parts = header(chart, idPrefix, height);
  // The legend: which colour is which series.
  let legendX = 16;
  chart.series.forEach((s, i) => {
    parts.push(
      `<rect x="${legendX}" y="66" width="12" height="12" fill="${SERIES_COLOURS[i]}"/>`,
      `<text x="${legendX + 18}" y="77" font-size="13" fill="${INK}">${escapeXml(s.label)}</text>`,
    );
    legendX += Math.round(18 + textWidth(s.label, 13) + 24);
  });
  for (const tick of integerTicks(y, 5)) {
    parts.push(
      `<line x1="${left}" x2="${right}" y1="${y(tick)}" y2="${y(tick)}" stroke="${GRID}"/>`,
      `<text x="${left - 8}" y="${y(tick) + 4}" font-size="12" fill="${MUTED}" text-anchor="end">${tick}</text>`,
    );
  }
  if (months.length === 0) {
    parts.push(
      `<text x="${(left + right) / 2}" y="${top + plotHeight / 2}" font-size="14" fill="${MUTED}" text-anchor="middle">${escapeXml(emptyText)}</text>`,
    );
  }
  // Month labels: every month when few, else each January (and the first month) with its year.
  const few = months.length <= 12;
  months.forEach((month, index) => {
    const row = byMonth.get(month);
    chart.series.forEach((s, i) => {
      const value = row?.values[s.key] ?? 0;
      if (value === 0) return;
      parts.push(
        `<rect x="${f(x(month)! + inner(s.key)!)}" y="${y(value)}" width="${f(inner.bandwidth())}" height="${top + plotHeight - y(value)}" fill="${SERIES_COLOURS[i]}"/>`,
      );
    });
    const [year, monthNumber] = month.split("-");
    const label = few ? `${monthNumber}/${year}` : index === 0 || monthNumber === "01" ? year : null;
    if (label) {
      const centre = f(x(month)! + x.bandwidth() / 2);
      parts.push(
        `<text x="${centre}" y="${top + plotHeight + 18}" font-size="12" fill="${MUTED}" text-anchor="middle">${label}</text>`,
      );
    }
  });
  parts.push(`<line x1="${left}" x2="${right}" y1="${top + plotHeight}" y2="${top + plotHeight}" stroke="${MUTED}"/>`);
  return [...parts, ...footer(chart, height), "</svg>"].join("");
}

/** The chart as an SVG document; `idPrefix` keeps the title and desc ids unique on a page. */
export function chartSvg(chart: NumberChart, options: { idPrefix: string; emptyText: string }): string {
  return chart.id === "monthly"
    ? monthlyChart(chart, options.idPrefix, options.emptyText)
    : barChart(chart, options.idPrefix);
}
