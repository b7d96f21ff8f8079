import "server-only";
import { db } from "@/lib/db/client";
import { assertStaff, type StaffSession } from "./session";
import { sessionEndReason } from "./session-rules";

export type ListedSession = { id: string; device: string; createdAt: Date; lastSeenAt: Date; current: boolean };

/** The caller's own sessions that still grant access, newest first. */
export async function listStaffSessions(staff: StaffSession, now = Date.now()): Promise<ListedSession[]> {
  assertStaff(staff);
  const rows = await db.staffSession.findMany({
    where: { userId: staff.id, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, device: true, createdAt: true, lastSeenAt: true, revokedAt: true },
    take: 100,
  });
  return rows
    .filter((row) => sessionEndReason(row, now) === null)
    .map((row) => ({
      id: row.id,
      device: row.device,
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      current: row.id === staff.sessionId,
    }));
}
