import "server-only";
import type { StaffContext } from "@/lib/actions/staff-action";
import { NotFoundError } from "@/lib/actions/action-error";
import { recordAudit } from "@/lib/audit/record-audit";

/**
 * Takes a name off the public supporters list, or puts it back. The signature still
 * counts either way: hiding is about the list (abuse, impersonation), not validity.
 */
export async function setSupporterHidden({ staff, tx }: StaffContext, input: { id: string; hidden: boolean }) {
  const before = await tx.signature.findUnique({ where: { id: input.id }, select: { hiddenAt: true } });
  if (!before) throw new NotFoundError("signature");
  if (Boolean(before.hiddenAt) === input.hidden) return;
  await tx.signature.update({ where: { id: input.id }, data: { hiddenAt: input.hidden ? new Date() : null } });
  // The audit row names the signature, never the name: the log outlives erasure.
  await recordAudit(tx, {
    actorId: staff.id,
    action: input.hidden ? "hide-supporter" : "show-supporter",
    entityType: "Signature",
    entityId: input.id,
    changes: { hidden: { from: !input.hidden, to: input.hidden } },
  });
}
