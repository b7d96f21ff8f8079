import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { env } from "@/lib/config/env";

/**
 * Staff sessions are next-auth JWT sessions (encrypted, in next-auth's own cookie, so
 * next-auth's routes and ours read the same thing). They are short, and every request
 * also checks the account in the database (see session.ts), so disabling an account or
 * "sign out everywhere" takes effect on the very next request.
 */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
const PENDING_MAX_AGE_SECONDS = 10 * 60;
const PENDING_SALT = "free-voices.pending-sign-in";

export type SessionClaims = { sub: string; authAt: number };
export type PendingClaims = { sub: string; email: string; stage: "code" | "enrol" };

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

export async function encodeSessionToken(userId: string, authAt = Date.now()): Promise<string> {
  return encode({ token: { sub: userId, authAt }, secret: secret(), maxAge: SESSION_MAX_AGE_SECONDS });
}

export async function readSessionClaims(token: string | undefined): Promise<SessionClaims | null> {
  if (!token) return null;
  try {
    const claims = await decode({ token, secret: secret() });
    if (!claims || typeof claims.sub !== "string") return null;
    const authAt = typeof claims.authAt === "number" ? claims.authAt : Number(claims.iat ?? 0) * 1000;
    return { sub: claims.sub, authAt };
  } catch {
    return null;
  }
}

export async function setSessionCookie(userId: string): Promise<void> {
  (await cookies()).set(sessionCookieName(), await encodeSessionToken(userId), {
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
    return { sub: claims.sub, email: claims.email, stage: claims.stage };
  } catch {
    return null;
  }
}

export async function clearPendingSignIn(): Promise<void> {
  (await cookies()).delete({ name: pendingCookieName(), path: "/admin" });
}
