import "server-only";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";

/** Staff take someone off the list (declined, or left the outlet): the row and its address are deleted. */
export async function removePressSubscriber({ staff, tx }: StaffContext, input: { id: string }): Promise<void> {
  const { count } = await tx.pressSubscriber.deleteMany({ where: { id: input.id } });
  if (count === 0) return;
  await recordAudit(tx, { actorId: staff.id, action: "delete", entityType: "PressSubscriber", entityId: input.id });
}
