import "server-only";
import { NotFoundError } from "@/lib/actions/action-error";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffContext } from "@/lib/actions/staff-action";
import { chargeFact } from "./fact-fields";

export async function removeCharge({ staff, tx }: StaffContext, chargeId: string) {
  const charge = await tx.charge.findUnique({
    where: { id: chargeId },
    select: { description: true, article: true, detainee: { select: { slug: true, published: true } } },
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
  return charge.detainee;
}
