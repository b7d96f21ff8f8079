import "server-only";
import { NotFoundError } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";

/** Uncites a source from one fact (the source itself stays: other facts may cite it). */
export async function removeFactSource({ staff, tx }: StaffContext, id: string): Promise<void> {
  const row = await tx.detaineeSource.findUnique({
    where: { id },
    select: { detaineeId: true, sourceId: true, field: true, note: true },
  });
  if (!row) throw new NotFoundError("citation");
  await tx.detaineeSource.delete({ where: { id }, select: { id: true } });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "uncite",
    entityType: "DetaineeSource",
    entityId: id,
    before: { ...row },
    after: { detaineeId: row.detaineeId, sourceId: null, field: null, note: null },
  });
}
