import "server-only";
import { found } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { lockPetition } from "@/lib/petition/lock-petition";

/** Staff's toggle: list the partners (names, logos, links) on the petition page or not. */
export async function setPartnerListShown({ staff, tx }: StaffContext, input: { petitionId: string; show: boolean }) {
  found(await lockPetition(tx, input.petitionId), "petition");
  const before = await tx.petition.findUniqueOrThrow({
    where: { id: input.petitionId },
    select: { showPartners: true },
  });
  await tx.petition.update({
    where: { id: input.petitionId },
    data: { showPartners: input.show },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "update",
    entityType: "Petition",
    entityId: input.petitionId,
    changes: { showPartners: { from: before.showPartners, to: input.show } },
  });
}
