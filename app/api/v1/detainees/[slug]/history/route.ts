import type { NextRequest } from "next/server";
import { apiBadRequest, apiJson, apiNotFound } from "@/lib/api/api-response";
import { apiLangSchema, parseApiQuery } from "@/lib/api/api-query";
import { publicHistory, type HistoryResponse } from "@/lib/api/public-history";
import { getPublicHistory } from "@/lib/history/get-public-history";
import en from "@/messages/en/history.json";
import az from "@/messages/az/history.json";
import ru from "@/messages/ru/history.json";

// The field names straight from the catalogues: a route handler has no request locale.
const fieldLabels: Record<string, Record<string, string>> = { en: en.field, az: az.field, ru: ru.field };

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const parsed = parseApiQuery(apiLangSchema, request.nextUrl.searchParams);
  if (parsed.status === "invalid") return apiBadRequest(parsed.fieldErrors);
  const { slug } = await params;
  const history = await getPublicHistory(slug);
  if (!history) return apiNotFound("detainee");
  if ("redirectTo" in history) {
    const target = new URL(`/api/v1/detainees/${history.redirectTo}/history`, request.nextUrl);
    target.search = request.nextUrl.search;
    return Response.redirect(target, 301);
  }
  const labels = fieldLabels[parsed.data.lang] ?? fieldLabels.en!;
  const label = (field: string) => labels[field] ?? field;
  return apiJson(publicHistory(history, label) satisfies HistoryResponse);
}
