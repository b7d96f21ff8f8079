import type { NextRequest } from "next/server";
import { apiBadRequest, apiJson } from "@/lib/api/api-response";
import { apiLangSchema, parseApiQuery } from "@/lib/api/api-query";
import { absoluteUrl } from "@/lib/site/absolute-url";
import { chartSvg } from "@/lib/numbers/chart-svg";
import { getCampaignNumbers } from "@/lib/numbers/get-campaign-numbers";
import { numberChartCsv } from "@/lib/numbers/number-chart-csv";
import { renderChartPng } from "@/lib/numbers/render-chart-png";
import { parseNumberChartFile } from "@/lib/numbers/number-chart-ids";
import { describeNumberChart, numbersEmptyText } from "@/lib/numbers/number-charts";

// A minute, as the page and the rest of the API: a published change shows within it.
const cacheControl = "public, max-age=60, stale-while-revalidate=300";

/** /api/v1/numbers/<chart>.csv, .svg or .png: one chart's numbers, or its image with source and date. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const file = parseNumberChartFile((await params).file);
  if (!file) return apiJson({ error: "not_found", message: "No chart has this name." }, { status: 404 });
  const parsed = parseApiQuery(apiLangSchema, request.nextUrl.searchParams);
  if (parsed.status === "invalid") return apiBadRequest(parsed.fieldErrors);
  const { lang } = parsed.data;
  const numbers = await getCampaignNumbers();
  const chart = await describeNumberChart(numbers, file.chart, lang);
  const headers = { "Cache-Control": cacheControl, "Access-Control-Allow-Origin": "*" };

  if (file.format === "csv") {
    return new Response(
      numberChartCsv(chart, (path) => absoluteUrl(path, lang)),
      {
        headers: {
          ...headers,
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="numbers-${chart.id}-${lang}-${numbers.asOf}.csv"`,
        },
      },
    );
  }
  const svg = chartSvg(chart, { idPrefix: `chart-${chart.id}`, emptyText: await numbersEmptyText(lang) });
  if (file.format === "svg") {
    return new Response(svg, {
      headers: {
        ...headers,
        "Content-Type": "image/svg+xml; charset=utf-8",
      },
    });
  }
  const png = await renderChartPng(svg);
  return new Response(new Uint8Array(png), { headers: { ...headers, "Content-Type": "image/png" } });
}
