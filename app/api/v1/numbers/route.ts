import type { NextRequest } from "next/server";
import { apiBadRequest, apiJson } from "@/lib/api/api-response";
import { apiLangSchema, parseApiQuery } from "@/lib/api/api-query";
import { publicNumbers } from "@/lib/api/public-numbers";
import { getCampaignNumbers } from "@/lib/numbers/get-campaign-numbers";
import { describeNumberCharts } from "@/lib/numbers/number-charts";

export async function GET(request: NextRequest) {
  const parsed = parseApiQuery(apiLangSchema, request.nextUrl.searchParams);
  if (parsed.status === "invalid") return apiBadRequest(parsed.fieldErrors);
  const { lang } = parsed.data;
  const numbers = await getCampaignNumbers();
  return apiJson(publicNumbers(numbers, await describeNumberCharts(numbers, lang), lang));
}
