import "server-only";
import { NotFoundError } from "@/lib/actions/action-error";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffContext } from "@/lib/actions/staff-action";
import { chargeFact } from "./fact-fields";
import { recordPublicChanges } from "@/lib/history/record-public-change";
import { chargeValue } from "@/lib/history/public-value";

export async function removeCharge({ staff, tx }: StaffContext, chargeId: string) {
  const charge = await tx.charge.findUnique({
    where: { id: chargeId },
    select: {
      detaineeId: true,
      description: true,
      article: true,
      code: true,
      droppedOn: true,
      droppedPrecision: true,
      detainee: { select: { slug: true, published: true } },
    },
  });
  if (!charge) throw new NotFoundError("charge");
  await tx.charge.delete({ where: { id: chargeId }, select: { id: true } });
  // The sources that backed this charge back nothing now.
  await tx.detaineeSource.deleteMany({ where: { field: chargeFact(chargeId) } });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "delete",
    entityType: "Charge",
    entityId: chargeId,
    changes: { description: { from: charge.description, to: null }, article: { from: charge.article, to: null } },
  });
  // Removal is only for a charge entered by mistake, so readers see it as a correction.
  if (charge.detainee.published) {
    await recordPublicChanges(tx, {
      detaineeId: charge.detaineeId,
      changes: [{ field: "charge", from: chargeValue(charge), to: null }],
      note: { kind: "CORRECTION", note: null, sourceId: null },
    });
  }
  return charge.detainee;
}
