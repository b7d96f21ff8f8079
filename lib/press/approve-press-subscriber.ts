import "server-only";
import { ActionError, NotFoundError } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";

/** From now on the subscriber receives press releases, embargoed ones included. */
export async function approvePressSubscriber({ staff, tx }: StaffContext, input: { id: string }): Promise<void> {
  const before = await tx.pressSubscriber.findUnique({ where: { id: input.id }, select: { status: true } });
  if (!before) throw new NotFoundError("subscriber");
  if (before.status === "PENDING") throw new ActionError("This address is not confirmed yet.");
  if (before.status === "APPROVED") return;
  await tx.pressSubscriber.update({
    where: { id: input.id },
    data: { status: "APPROVED", approvedAt: new Date(), approvedById: staff.id },
    select: { id: true },
  });
  // The audit row names the record, never the address.
  await recordAudit(tx, {
    actorId: staff.id,
    action: "approve",
    entityType: "PressSubscriber",
    entityId: input.id,
    changes: { status: { from: before.status, to: "APPROVED" } },
  });
}
