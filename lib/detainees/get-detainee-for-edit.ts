import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isRouteParam } from "@/lib/validation/text-fields";
import { detaineeEditSelect } from "./detainee-edit-fields";

export async function getDetaineeForEdit(staff: StaffSession, id: string) {
  assertStaff(staff);
  if (!isRouteParam(id)) return null;
  return db.detainee.findUnique({
    where: { id },
    select: {
      ...detaineeEditSelect,
      translations: true,
      names: {
        orderBy: [{ isPrimary: "desc" }, { name: "asc" }],
        select: { id: true, name: true, script: true, lang: true, isPrimary: true },
      },
      charges: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          description: true,
          article: true,
          code: true,
          addedOn: true,
          addedPrecision: true,
          droppedOn: true,
          droppedPrecision: true,
          translations: true,
        },
      },
      events: {
        orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          type: true,
          occurredOn: true,
          precision: true,
          title: true,
          visibility: true,
          sources: { select: { publisher: true } },
        },
      },
    },
  });
}
