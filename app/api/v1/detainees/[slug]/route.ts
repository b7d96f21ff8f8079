import type { NextRequest } from "next/server";
import { apiBadRequest, apiJson, apiNotFound } from "@/lib/api/api-response";
import { apiLangSchema, parseApiQuery } from "@/lib/api/api-query";
import { getCachedDetaineeResponse } from "@/lib/api/get-cached-detainee-response";
import type { DetaineeResponse } from "@/lib/api/public-detainee";
import { isRouteParam } from "@/lib/validation/text-fields";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const parsed = parseApiQuery(apiLangSchema, request.nextUrl.searchParams);
  if (parsed.status === "invalid") return apiBadRequest(parsed.fieldErrors);
  const { slug } = await params;
  const result = isRouteParam(slug) ? await getCachedDetaineeResponse(slug, parsed.data.lang) : null;
  if (!result) return apiNotFound("detainee");
  if ("redirectTo" in result) {
    // An old slug: the same permanent redirect as the profile page.
    const target = new URL(`/api/v1/detainees/${result.redirectTo}`, request.nextUrl);
    target.search = request.nextUrl.search;
    return Response.redirect(target, 301);
  }
  return apiJson({ data: result.data } satisfies DetaineeResponse);
}
