import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function removeQuote(staff: StaffSession, quoteId: string) {
  return db.$transaction(async (tx) => {
    const quote = await tx.quote.findUnique({ where: { id: quoteId }, select: { text: true, statement: { select: { slug: true, status: true } } } });
    if (!quote) return null;
    await tx.quote.delete({ where: { id: quoteId }, select: { id: true } });
    await recordAudit(tx, { actorId: staff.id, action: "delete", entityType: "Quote", entityId: quoteId, changes: { text: { from: quote.text, to: null } } });
    return quote.statement;
  });
}
