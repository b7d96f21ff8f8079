import "server-only";
import { NotFoundError } from "@/lib/actions/action-error";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffContext } from "@/lib/actions/staff-action";

export async function removeQuote({ staff, tx }: StaffContext, quoteId: string) {
  const quote = await tx.quote.findUnique({
    where: { id: quoteId },
    select: { text: true, statement: { select: { slug: true, status: true } } },
  });
  if (!quote) throw new NotFoundError("quote");
  await tx.quote.delete({ where: { id: quoteId }, select: { id: true } });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "delete",
    entityType: "Quote",
    entityId: quoteId,
    changes: { text: { from: quote.text, to: null } },
  });
  return quote.statement;
}
