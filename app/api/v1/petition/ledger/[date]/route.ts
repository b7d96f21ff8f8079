import type { NextRequest } from "next/server";
import { apiBadRequest, apiJson } from "@/lib/api/api-response";
import { apiNoQuerySchema, parseApiQuery } from "@/lib/api/api-query";
import { ledgerDayPathSchema, type PetitionLedgerDay } from "@/lib/api/public-ledger";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { getPublicLedger } from "@/lib/ledger/get-public-ledger";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ date: string }> }) {
  const query = parseApiQuery(apiNoQuerySchema, request.nextUrl.searchParams);
  if (query.status === "invalid") return apiBadRequest(query.fieldErrors);
  const parsed = ledgerDayPathSchema.safeParse(await params);
  if (!parsed.success) return apiBadRequest(fieldErrorsOf(parsed.error));
  const result = await getPublicLedger();
  // The chain needs every earlier day, so the day is cut from the whole ledger.
  const day = result?.days.find((d) => d.date === parsed.data.date);
  // A day with no entry: nothing entered or left the count then.
  if (!day) return apiJson({ error: "not_found", message: "The ledger has no entry for this day." }, { status: 404 });
  return apiJson(day satisfies PetitionLedgerDay);
}
