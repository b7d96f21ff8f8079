import "server-only";
import { db } from "@/lib/db/client";
import { SESSION_MAX_AGE_SECONDS } from "./session-rules";

// Ended sessions say when and from which kind of device someone worked: kept a month
// for the owner's questions ("was that me?"), then gone. Sign-ins stay in the audit log.
const KEEP_DAYS = 30;

/** Deletes session rows that ended long ago; returns how many. Safe on every instance at once. */
export async function purgeEndedSessions(now = Date.now()): Promise<number> {
  const cutoff = new Date(now - KEEP_DAYS * 86_400_000 - SESSION_MAX_AGE_SECONDS * 1000);
  const { count } = await db.staffSession.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}
