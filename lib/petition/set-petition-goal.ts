import "server-only";
import { z } from "zod";
import { found } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { lockPetition } from "./lock-petition";

export const petitionGoalSchema = z.coerce.number().int().min(1).max(100_000_000);

/** The "before" value is read under the row lock, in the transaction its audit row joins. */
export async function setPetitionGoal({ staff, tx }: StaffContext, input: { petitionId: string; goal: number }) {
  const goal = petitionGoalSchema.parse(input.goal);
  const before = found(await lockPetition(tx, input.petitionId), "petition");
  const updated = await tx.petition.update({
    where: { id: input.petitionId },
    data: { goal },
    select: { id: true, goal: true },
  });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "update",
    entityType: "Petition",
    entityId: input.petitionId,
    changes: { goal: { from: before.goal, to: goal } },
  });
  return updated;
}
