import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { invalidationIdOf } from "./undo-invalidation";

/** The petition's latest bulk invalidations, for the admin page's "Undo" (admins only). */
export async function listInvalidations(staff: StaffSession, input: { petitionId: string }) {
  assertStaff(staff, "ADMIN");
  const entries = await db.auditLog.findMany({
    where: { entityType: "Petition", entityId: input.petitionId, action: "invalidate-signatures" },
    orderBy: { at: "desc" },
    take: 20,
    select: { id: true, at: true, changes: true, actor: { select: { name: true } } },
  });
  const ids = entries.map((entry) => invalidationIdOf(entry.changes)).filter((id): id is string => id !== null);
  const live = await db.signature.groupBy({
    by: ["invalidationId"],
    where: { invalidationId: { in: ids }, status: "INVALIDATED" },
    _count: { _all: true },
  });
  return entries.map((entry) => {
    const changes = entry.changes as { count?: { to?: number }; reason?: { to?: string } };
    const id = invalidationIdOf(entry.changes);
    return {
      auditId: entry.id,
      at: entry.at,
      by: entry.actor?.name ?? "",
      count: Number(changes.count?.to ?? 0),
      reason: String(changes.reason?.to ?? ""),
      stillInvalidated: live.find((row) => row.invalidationId === id)?._count._all ?? 0,
    };
  });
}
