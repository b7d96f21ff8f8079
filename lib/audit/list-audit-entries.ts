import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

export type AuditFilter = {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  page?: number;
};

export const AUDIT_PAGE_SIZE = 50;

/** Admins only: the log names staff and what they did. */
export async function listAuditEntries(staff: StaffSession, filter: AuditFilter) {
  assertStaff(staff, "ADMIN");
  const where: Prisma.AuditLogWhereInput = {
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } }
      : {}),
  };
  const page = Math.max(1, filter.page ?? 1);
  const [entries, total, actors, types] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: { at: "desc" },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        at: true,
        action: true,
        entityType: true,
        entityId: true,
        changes: true,
        actor: { select: { email: true } },
      },
    }),
    db.auditLog.count({ where }),
    db.staffUser.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true } }),
    db.auditLog.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
  ]);
  return { entries, total, page, actors, entityTypes: types.map((t) => t.entityType) };
}
