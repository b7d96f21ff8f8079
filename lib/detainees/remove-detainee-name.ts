import "server-only";
import { ActionError, NotFoundError } from "@/lib/actions/action-error";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffContext } from "@/lib/actions/staff-action";
import { nameFact } from "./fact-fields";

/** The primary spelling cannot be removed: it is what search finds the person by first. */
export async function removeDetaineeName({ staff, tx }: StaffContext, nameId: string) {
  const name = await tx.detaineeName.findUnique({
    where: { id: nameId },
    select: {
      id: true,
      name: true,
      isPrimary: true,
      detaineeId: true,
      detainee: { select: { slug: true, published: true } },
    },
  });
  if (!name) throw new NotFoundError("spelling");
  if (name.isPrimary) throw new ActionError("The primary spelling cannot be removed.");
  await tx.detaineeName.delete({ where: { id: nameId }, select: { id: true } });
  await tx.detaineeSource.deleteMany({ where: { field: nameFact(nameId) } });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "delete",
    entityType: "DetaineeName",
    entityId: nameId,
    changes: { name: { from: name.name, to: null } },
  });
  return name.detainee;
}
