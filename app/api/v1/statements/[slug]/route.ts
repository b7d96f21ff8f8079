import type { NextRequest } from "next/server";
import { apiBadRequest, apiJson, apiNotFound } from "@/lib/api/api-response";
import { apiLangSchema, parseApiQuery } from "@/lib/api/api-query";
import { publicStatement, type StatementResponse } from "@/lib/api/public-statement";
import { getPublishedStatementBySlug } from "@/lib/statements/get-published-statement-by-slug";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const parsed = parseApiQuery(apiLangSchema, request.nextUrl.searchParams);
  if (parsed.status === "invalid") return apiBadRequest(parsed.fieldErrors);
  const { slug } = await params;
  const statement = await getPublishedStatementBySlug(slug);
  if (!statement) return apiNotFound("statement");
  return apiJson({ data: publicStatement(statement, parsed.data.lang) } satisfies StatementResponse);
}
