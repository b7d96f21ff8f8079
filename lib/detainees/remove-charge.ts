import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function removeCharge(staff: StaffSession, chargeId: string) {
  return db.$transaction(async (tx) => {
    const charge = await tx.charge.findUnique({
      where: { id: chargeId },
      select: { description: true, article: true, detainee: { select: { slug: true, published: true } } },
    });
    if (!charge) return null;
    await tx.charge.delete({ where: { id: chargeId }, select: { id: true } });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "delete",
      entityType: "Charge",
      entityId: chargeId,
      changes: { description: { from: charge.description, to: null }, article: { from: charge.article, to: null } },
    });
    return charge.detainee;
  });
}
