import "server-only";
import { NotFoundError } from "@/lib/actions/action-error";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffContext } from "@/lib/actions/staff-action";
import type { Visibility } from "@/lib/db/generated/enums";

/** Hiding keeps the event (and its history) but takes it off the public timeline. */
export async function setEventVisibility({ staff, tx }: StaffContext, eventId: string, visibility: Visibility) {
  const event = await tx.caseEvent.findUnique({
    where: { id: eventId },
    select: { visibility: true, detainee: { select: { slug: true, published: true } } },
  });
  if (!event) throw new NotFoundError("event");
  await tx.caseEvent.update({
    where: { id: eventId },
    data: { visibility, version: { increment: 1 } },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "update",
    entityType: "CaseEvent",
    entityId: eventId,
    changes: { visibility: { from: event.visibility, to: visibility } },
  });
  return event.detainee;
}
