import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { diffChanges } from "./diff-changes";

type Tx = Prisma.TransactionClient;

/**
 * Written in the same transaction as the change it describes: a change without its
 * audit row (or the reverse) cannot happen.
 */
export async function recordAudit(
  tx: Tx,
  entry: {
    actorId: string | null;
    action: string;
    entityType: string;
    entityId: string | null;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown>;
    changes?: Record<string, unknown>;
  },
): Promise<void> {
  const changes = entry.changes ?? (entry.after ? diffChanges(entry.before ?? null, entry.after) : {});
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes: changes as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
}
