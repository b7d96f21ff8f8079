import type { NextRequest } from "next/server";
import { apiBadRequest } from "@/lib/api/api-response";
import { apiDetaineeCsvSchema, parseApiQuery } from "@/lib/api/api-query";
import { detaineesCsv } from "@/lib/detainees/detainees-csv";
import { searchPublishedDetaineesForExport } from "@/lib/detainees/search-published-detainees-for-export";

export async function GET(request: NextRequest) {
  const parsed = parseApiQuery(apiDetaineeCsvSchema, request.nextUrl.searchParams);
  if (parsed.status === "invalid") return apiBadRequest(parsed.fieldErrors);
  const { lang, ...query } = parsed.data;
  const rows = await searchPublishedDetaineesForExport(query);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(detaineesCsv(rows, lang), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="detainees-${day}.csv"`,
      "Cache-Control": "public, max-age=60, stale-while-revalidate=60",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
