import "server-only";
import { NotFoundError } from "@/lib/actions/action-error";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffContext } from "@/lib/actions/staff-action";
import type { PartialDate } from "@/lib/dates/parse-partial-date";

/** A dropped charge stays on the record with its date: charge history is part of the case. */
export async function recordChargeDropped({ staff, tx }: StaffContext, chargeId: string, droppedOn: PartialDate) {
  const charge = await tx.charge.findUnique({
    where: { id: chargeId },
    select: { droppedOn: true, droppedPrecision: true, detainee: { select: { slug: true, published: true } } },
  });
  if (!charge) throw new NotFoundError("charge");
  await tx.charge.update({
    where: { id: chargeId },
    data: { droppedOn: droppedOn.date, droppedPrecision: droppedOn.precision },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "update",
    entityType: "Charge",
    entityId: chargeId,
    before: { droppedOn: charge.droppedOn, droppedPrecision: charge.droppedPrecision },
    after: { droppedOn: droppedOn.date, droppedPrecision: droppedOn.precision },
  });
  return charge.detainee;
}
