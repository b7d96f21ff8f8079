import type { NextRequest } from "next/server";
import { apiBadRequest, apiJson } from "@/lib/api/api-response";
import { apiNoQuerySchema, parseApiQuery } from "@/lib/api/api-query";
import { getPublicLedger } from "@/lib/ledger/get-public-ledger";
import type { PetitionLedger } from "@/lib/api/public-ledger";

// Read from the database on each request (cached by the Cache-Control of apiJson):
// the ledger changes whenever the tally job runs.
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const parsed = parseApiQuery(apiNoQuerySchema, request.nextUrl.searchParams);
  if (parsed.status === "invalid") return apiBadRequest(parsed.fieldErrors);
  const result = await getPublicLedger();
  if (!result) return apiJson({ error: "not_found", message: "There is no public petition." }, { status: 404 });
  return apiJson(result.ledger satisfies PetitionLedger);
}
