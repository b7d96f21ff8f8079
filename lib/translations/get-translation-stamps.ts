import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { TranslatableEntity } from "./stamp-translations";
import type { StampRow } from "./translation-status";

/** The stamps of some records, grouped by record id, for the admin forms' "stale" marks. */
export async function getTranslationStamps(
  staff: StaffSession,
  entity: TranslatableEntity,
  entityIds: readonly string[],
): Promise<Map<string, StampRow[]>> {
  assertStaff(staff);
  const rows = await db.translationStamp.findMany({
    where: { entity, entityId: { in: [...entityIds] } },
    select: { entityId: true, field: true, locale: true, englishHash: true },
  });
  const byId = new Map<string, StampRow[]>();
  for (const row of rows) {
    const list = byId.get(row.entityId) ?? [];
    list.push(row);
    byId.set(row.entityId, list);
  }
  return byId;
}
