import "server-only";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/actions/staff-action";
import { describeDevice } from "./describe-device";

/** A new session row for a sign-in that just succeeded; its id goes into the JWT. */
export async function startStaffSession(userId: string, userAgent: string | null, now = Date.now()): Promise<string> {
  const at = new Date(now);
  const row = await db.staffSession.create({
    data: { userId, device: describeDevice(userAgent), createdAt: at, lastSeenAt: at },
    select: { id: true },
  });
  return row.id;
}

/** Ends one session on the server (sign-out): the cookie, even copied elsewhere, no longer works. */
export async function revokeStaffSession(sessionId: string): Promise<void> {
  await db.staffSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every open session of an account, in the caller's transaction (disable, sign out everywhere). */
export async function revokeAllStaffSessions(tx: Tx, userId: string): Promise<number> {
  const { count } = await tx.staffSession.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}
