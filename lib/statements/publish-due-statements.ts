import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";

/**
 * Marks PUBLISHED every scheduled statement whose release time has come, with an audit
 * row each (no actor: the schedule did it). Rows are claimed FOR UPDATE SKIP LOCKED, so
 * any number of instances can run this at once and each statement is published once.
 */
export async function publishDueStatements(now = new Date()): Promise<string[]> {
  return db.$transaction(
    async (tx) => {
      // publishAt is a UTC timestamp without a zone, as Prisma writes it.
      const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Statement"
       WHERE "status" = 'SCHEDULED' AND "publishAt" <= ${now.toISOString()}::timestamp(3)
       ORDER BY "publishAt" LIMIT 100 FOR UPDATE SKIP LOCKED`;
      const ids = due.map((row) => row.id);
      if (ids.length === 0) return ids;
      await tx.statement.updateMany({
        where: { id: { in: ids } },
        data: { status: "PUBLISHED", version: { increment: 1 } },
      });
      for (const id of ids) {
        await recordAudit(tx, {
          actorId: null,
          action: "publish-scheduled",
          entityType: "Statement",
          entityId: id,
          changes: { status: { from: "SCHEDULED", to: "PUBLISHED" } },
        });
      }
      return ids;
      // A background job, never on a request's path: a loaded server may take a while
      // to hand it a connection, and waiting costs nobody anything.
    },
    { maxWait: 15_000, timeout: 30_000 },
  );
}
