import type { NextRequest } from "next/server";
import { apiBadRequest, apiJson } from "@/lib/api/api-response";
import { apiEventListSchema, parseApiQuery } from "@/lib/api/api-query";
import { partialDate } from "@/lib/api/public-detainee";
import { getRecentPublicEvents } from "@/lib/case-events/get-recent-public-events";
import { translatedField } from "@/lib/i18n/translated-field";
import { absoluteUrl, siteOrigin } from "@/lib/site/absolute-url";

export async function GET(request: NextRequest) {
  const parsed = parseApiQuery(apiEventListSchema, request.nextUrl.searchParams);
  if (parsed.status === "invalid") return apiBadRequest(parsed.fieldErrors);
  const { lang, limit, since } = parsed.data;
  const events = await getRecentPublicEvents({ limit, since: since ? new Date(`${since}T00:00:00Z`) : undefined });
  return apiJson({
    limit,
    data: events.map((e) => ({
      id: e.id,
      type: e.type,
      date: partialDate(e.occurredOn, e.precision),
      title: translatedField(e.title, e.translations, "title", lang).value,
      description: e.description === null ? null : translatedField(e.description, e.translations, "description", lang).value,
      detainee: {
        slug: e.detainee.slug,
        name: e.detainee.displayName,
        url: absoluteUrl(`/detainees/${e.detainee.slug}`, lang),
        apiUrl: `${siteOrigin()}/api/v1/detainees/${e.detainee.slug}`,
      },
      sources: e.sources,
      recordedAt: e.createdAt.toISOString(),
      updatedAt: e.updatedAt.toISOString(),
    })),
  });
}
