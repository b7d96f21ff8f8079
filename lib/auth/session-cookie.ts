import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { env } from "@/lib/config/env";
import { SESSION_MAX_AGE_SECONDS } from "./session-rules";
import { startStaffSession } from "./staff-sessions";

/**
 * Staff sessions are next-auth JWT sessions (encrypted, in next-auth's own cookie, so
 * next-auth's routes and ours read the same thing). The JWT names a StaffSession row,
 * and every request checks that row and the account in the database (see session.ts),
 * so signing out, disabling an account or "sign out everywhere" takes effect on the
 * very next request, and an idle or old session ends whatever the cookie says.
 */
export { SESSION_MAX_AGE_SECONDS };
const PENDING_MAX_AGE_SECONDS = 10 * 60;
const PENDING_SALT = "free-voices.pending-sign-in";

export type SessionClaims = { sub: string; sid: string; authAt: number };
/** `remembered`: the password step saw this device's signed cookie (no per-account friction at the code step). */
export type PendingClaims = { sub: string; email: string; stage: "code" | "enrol"; remembered?: boolean };

function secure(): boolean {
  return (env().NEXTAUTH_URL ?? env().APP_URL).startsWith("https://");
}

export function sessionCookieName(): string {
  return `${secure() ? "__Secure-" : ""}next-auth.session-token`;
}

function pendingCookieName(): string {
  return `${secure() ? "__Secure-" : ""}fv.pending-sign-in`;
}

function secret(): string {
  return env().NEXTAUTH_SECRET;
}

const cookieOptions = () => ({ httpOnly: true, sameSite: "lax" as const, secure: secure(), path: "/" });

export async function encodeSessionToken(claims: SessionClaims): Promise<string> {
  return encode({ token: claims, secret: secret(), maxAge: SESSION_MAX_AGE_SECONDS });
}

/** Starts a session row for `userId` (signed in at `authAt`) and returns the JWT that names it. */
export async function issueSessionToken(
  userId: string,
  authAt = Date.now(),
  userAgent: string | null = null,
): Promise<string> {
  const sid = await startStaffSession(userId, userAgent, authAt);
  return encodeSessionToken({ sub: userId, sid, authAt });
}

export async function readSessionClaims(token: string | undefined): Promise<SessionClaims | null> {
  if (!token) return null;
  try {
    const claims = await decode({ token, secret: secret() });
    // A token without a session id predates server-side sessions: it is not honoured.
    if (!claims || typeof claims.sub !== "string" || typeof claims.sid !== "string") return null;
    const authAt = typeof claims.authAt === "number" ? claims.authAt : Number(claims.iat ?? 0) * 1000;
    return { sub: claims.sub, sid: claims.sid, authAt };
  } catch {
    return null;
  }
}

export async function setSessionCookie(userId: string, userAgent: string | null): Promise<void> {
  (await cookies()).set(sessionCookieName(), await issueSessionToken(userId, Date.now(), userAgent), {
    ...cookieOptions(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

export async function clearSessionCookies(): Promise<void> {
  const jar = await cookies();
  jar.delete(sessionCookieName());
  jar.delete(pendingCookieName());
}

/** Between the password step and the code step: proves the password was right, nothing more. */
export async function setPendingSignIn(claims: PendingClaims): Promise<void> {
  const token = await encode({ token: claims, secret: secret(), maxAge: PENDING_MAX_AGE_SECONDS, salt: PENDING_SALT });
  (await cookies()).set(pendingCookieName(), token, {
    ...cookieOptions(),
    path: "/admin",
    maxAge: PENDING_MAX_AGE_SECONDS,
  });
}

export async function readPendingSignIn(): Promise<PendingClaims | null> {
  const token = (await cookies()).get(pendingCookieName())?.value;
  if (!token) return null;
  try {
    const claims = await decode({ token, secret: secret(), salt: PENDING_SALT });
    if (!claims || typeof claims.sub !== "string" || typeof claims.email !== "string") return null;
    if (claims.stage !== "code" && claims.stage !== "enrol") return null;
    return { sub: claims.sub, email: claims.email, stage: claims.stage, remembered: claims.remembered === true };
  } catch {
    return null;
  }
}

export async function clearPendingSignIn(): Promise<void> {
  (await cookies()).delete({ name: pendingCookieName(), path: "/admin" });
}
