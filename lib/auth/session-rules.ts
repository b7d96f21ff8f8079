// How long a staff session lives, whatever the cookie says (docs/decisions/005).
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
export const SESSION_IDLE_SECONDS = 30 * 60;
// lastSeenAt is written at most this often: a write per request would cost more than the request.
export const LAST_SEEN_WRITE_SECONDS = 60;

export type SessionTimes = { createdAt: Date; lastSeenAt: Date; revokedAt: Date | null };

/** Why a session no longer grants access, or null while it does. */
export function sessionEndReason(session: SessionTimes, now: number): "revoked" | "too-old" | "idle" | null {
  if (session.revokedAt) return "revoked";
  if (now - session.createdAt.getTime() >= SESSION_MAX_AGE_SECONDS * 1000) return "too-old";
  if (now - session.lastSeenAt.getTime() >= SESSION_IDLE_SECONDS * 1000) return "idle";
  return null;
}

export function lastSeenIsStale(session: SessionTimes, now: number): boolean {
  return now - session.lastSeenAt.getTime() >= LAST_SEEN_WRITE_SECONDS * 1000;
}

// An account that has not set up its second factor this long after it got a password
// (invitation, first-admin setup link, second-factor reset) can no longer sign in.
export const ENROL_WITHIN_MS = 24 * 60 * 60 * 1000;
