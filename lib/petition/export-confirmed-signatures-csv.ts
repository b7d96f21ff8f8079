import "server-only";
import { stringify } from "csv-stringify/sync";
import { db } from "@/lib/db/client";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { neutraliseCsvCell } from "@/lib/csv/neutralise-csv-cell";

const PAGE = 2000;
export const CSV_HEADER = ["name", "country", "confirmed_at"] as const;

/**
 * The signatures to deliver: confirmed, not invalidated, not suspect, not erased.
 * Streamed page by page (keyset on id) so a large petition never sits in memory.
 * Emails are never exported. Spreadsheet formulas are neutralised twice: our own
 * rule (which also catches leading blanks) and csv-stringify's `escape_formulas`.
 */
export async function exportConfirmedSignaturesCsv(
  staff: StaffSession,
  input: { petitionId: string },
): Promise<ReadableStream<Uint8Array>> {
  // Every signer's name: admins only (the route also asks for a fresh second factor).
  assertStaff(staff, "ADMIN");
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(stringify([CSV_HEADER as unknown as string[]])));
        return;
      }
      const rows = await db.signature.findMany({
        where: { petitionId: input.petitionId, status: "CONFIRMED", suspect: false, anonymisedAt: null },
        select: { id: true, name: true, country: true, confirmedAt: true },
        orderBy: { id: "asc" },
        take: PAGE,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      });
      if (rows.length === 0) {
        controller.close();
        return;
      }
      cursor = rows.at(-1)?.id;
      const records = rows.map((row) => [
        neutraliseCsvCell(row.name),
        row.country,
        row.confirmedAt?.toISOString() ?? "",
      ]);
      controller.enqueue(encoder.encode(stringify(records, { escape_formulas: true })));
    },
  });
}
