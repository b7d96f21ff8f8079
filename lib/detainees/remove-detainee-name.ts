import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

/** The primary spelling cannot be removed: it is what search finds the person by first. */
export async function removeDetaineeName(staff: StaffSession, nameId: string) {
  return db.$transaction(async (tx) => {
    const name = await tx.detaineeName.findUnique({
      where: { id: nameId },
      select: { id: true, name: true, isPrimary: true, detaineeId: true, detainee: { select: { slug: true, published: true } } },
    });
    if (!name || name.isPrimary) return null;
    await tx.detaineeName.delete({ where: { id: nameId }, select: { id: true } });
    await recordAudit(tx, { actorId: staff.id, action: "delete", entityType: "DetaineeName", entityId: nameId, changes: { name: { from: name.name, to: null } } });
    return name.detainee;
  });
}
