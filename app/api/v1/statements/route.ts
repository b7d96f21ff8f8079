import type { NextRequest } from "next/server";
import { apiBadRequest, apiJson } from "@/lib/api/api-response";
import { apiStatementListSchema, parseApiQuery } from "@/lib/api/api-query";
import { publicStatementSummary, type StatementListResponse } from "@/lib/api/public-statement";
import { getPublishedStatements } from "@/lib/statements/get-published-statements";
import { countPublishedStatements } from "@/lib/statements/count-published-statements";

export async function GET(request: NextRequest) {
  const parsed = parseApiQuery(apiStatementListSchema, request.nextUrl.searchParams);
  if (parsed.status === "invalid") return apiBadRequest(parsed.fieldErrors);
  const { lang, limit, offset } = parsed.data;
  const [total, rows] = await Promise.all([countPublishedStatements(), getPublishedStatements({ limit, offset })]);
  return apiJson({
    total,
    limit,
    offset,
    data: rows.map((s) => publicStatementSummary(s, lang)),
  } satisfies StatementListResponse);
}
