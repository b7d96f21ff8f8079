import type { NextRequest } from "next/server";
import { apiBadRequest, apiJson } from "@/lib/api/api-response";
import { apiDetaineeListSchema, parseApiQuery } from "@/lib/api/api-query";
import { publicDetaineeSummary, type DetaineeListResponse } from "@/lib/api/public-detainee";
import { searchPublishedDetainees } from "@/lib/detainees/search-published-detainees";

export async function GET(request: NextRequest) {
  const parsed = parseApiQuery(apiDetaineeListSchema, request.nextUrl.searchParams);
  if (parsed.status === "invalid") return apiBadRequest(parsed.fieldErrors);
  const { lang, limit, offset, ...query } = parsed.data;
  const all = await searchPublishedDetainees(query);
  return apiJson({
    total: all.length,
    limit,
    offset,
    data: all.slice(offset, offset + limit).map((d) => publicDetaineeSummary(d, lang)),
  } satisfies DetaineeListResponse);
}
