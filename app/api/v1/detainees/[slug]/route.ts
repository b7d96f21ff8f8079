import type { NextRequest } from "next/server";
import { apiBadRequest, apiJson, apiNotFound } from "@/lib/api/api-response";
import { apiLangSchema, parseApiQuery } from "@/lib/api/api-query";
import { publicDetaineeProfile, type DetaineeResponse } from "@/lib/api/public-detainee";
import { getPublishedDetaineeBySlug } from "@/lib/detainees/get-published-detainee-by-slug";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const parsed = parseApiQuery(apiLangSchema, request.nextUrl.searchParams);
  if (parsed.status === "invalid") return apiBadRequest(parsed.fieldErrors);
  const { slug } = await params;
  const result = await getPublishedDetaineeBySlug(slug);
  if (!result) return apiNotFound("detainee");
  if ("redirectTo" in result) {
    // An old slug: the same permanent redirect as the profile page.
    const target = new URL(`/api/v1/detainees/${result.redirectTo}`, request.nextUrl);
    target.search = request.nextUrl.search;
    return Response.redirect(target, 301);
  }
  return apiJson({ data: publicDetaineeProfile(result.profile, parsed.data.lang) } satisfies DetaineeResponse);
}
