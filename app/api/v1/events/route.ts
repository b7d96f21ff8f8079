import type { NextRequest } from "next/server";
import { apiBadRequest, apiJson } from "@/lib/api/api-response";
import { apiEventListSchema, parseApiQuery } from "@/lib/api/api-query";
import { publicRecentEvent, type EventListResponse } from "@/lib/api/public-event";
import { getRecentPublicEvents } from "@/lib/case-events/get-recent-public-events";

export async function GET(request: NextRequest) {
  const parsed = parseApiQuery(apiEventListSchema, request.nextUrl.searchParams);
  if (parsed.status === "invalid") return apiBadRequest(parsed.fieldErrors);
  const { lang, limit, since } = parsed.data;
  const events = await getRecentPublicEvents({ limit, since: since ? new Date(`${since}T00:00:00Z`) : undefined });
  return apiJson({ limit, data: events.map((e) => publicRecentEvent(e, lang)) } satisfies EventListResponse);
}
