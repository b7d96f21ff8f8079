import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { PartialDate } from "@/lib/dates/parse-partial-date";

/** A dropped charge stays on the record with its date: charge history is part of the case. */
export async function recordChargeDropped(staff: StaffSession, chargeId: string, droppedOn: PartialDate) {
  return db.$transaction(async (tx) => {
    const charge = await tx.charge.findUnique({
      where: { id: chargeId },
      select: { droppedOn: true, droppedPrecision: true, detainee: { select: { slug: true, published: true } } },
    });
    if (!charge) return null;
    await tx.charge.update({ where: { id: chargeId }, data: { droppedOn: droppedOn.date, droppedPrecision: droppedOn.precision }, select: { id: true } });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "update",
      entityType: "Charge",
      entityId: chargeId,
      before: { droppedOn: charge.droppedOn, droppedPrecision: charge.droppedPrecision },
      after: { droppedOn: droppedOn.date, droppedPrecision: droppedOn.precision },
    });
    return charge.detainee;
  });
}
