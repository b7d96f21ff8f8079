import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isRouteParam } from "@/lib/validation/text-fields";

export async function getCaseEventForEdit(staff: StaffSession, detaineeId: string, eventId: string) {
  assertStaff(staff);
  if (!isRouteParam(detaineeId) || !isRouteParam(eventId)) return null;
  return db.caseEvent.findFirst({
    where: { id: eventId, detaineeId },
    select: {
      id: true,
      type: true,
      occurredOn: true,
      precision: true,
      title: true,
      description: true,
      visibility: true,
      translations: true,
      version: true,
      sources: { select: { id: true } },
      detainee: { select: { displayName: true } },
    },
  });
}
