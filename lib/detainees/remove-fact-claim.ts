import "server-only";
import { NotFoundError } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";

export async function removeFactClaim({ staff, tx }: StaffContext, id: string): Promise<void> {
  const row = await tx.factClaim.findUnique({
    where: { id },
    select: { detaineeId: true, field: true, value: true, sourceId: true, note: true },
  });
  if (!row) throw new NotFoundError("claim");
  await tx.factClaim.delete({ where: { id }, select: { id: true } });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "delete",
    entityType: "FactClaim",
    entityId: id,
    changes: { field: { from: row.field, to: null }, value: { from: row.value, to: null } },
  });
}
