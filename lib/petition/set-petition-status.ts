import "server-only";
import { found } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertStaff } from "@/lib/auth/session";
import { lockPetition } from "./lock-petition";

/** Opens or closes a petition (admins only). Closing starts the anonymisation clock (`closedAt`). */
export async function setPetitionStatus(
  { staff, tx }: StaffContext,
  input: { petitionId: string; status: "OPEN" | "CLOSED" },
) {
  assertStaff(staff, "ADMIN");
  const before = found(await lockPetition(tx, input.petitionId), "petition");
  const now = new Date();
  const updated = await tx.petition.update({
    where: { id: input.petitionId },
    data:
      input.status === "OPEN" ? { status: "OPEN", closedAt: null, opensAt: now } : { status: "CLOSED", closedAt: now },
    select: { id: true, status: true, opensAt: true, closedAt: true },
  });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "update",
    entityType: "Petition",
    entityId: input.petitionId,
    changes: { status: { from: before.status, to: input.status } },
  });
  return updated;
}
