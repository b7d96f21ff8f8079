import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { env } from "@/lib/config/env";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { readSessionClaims, sessionCookieName } from "./session-cookie";
import { lastSeenIsStale, sessionEndReason } from "./session-rules";

declare const authorised: unique symbol;

/**
 * A signed-in, enabled staff member. Branded: only `requireStaff` (through
 * `staffForClaims`) produces one, so a data function that takes a StaffSession cannot
 * be reached without the check.
 */
export type StaffSession = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The StaffSession row of this sign-in (sign-out revokes it). */
  sessionId: string;
  readonly [authorised]: true;
};

/**
 * The signed-in staff member, or null. The JWT alone is not trusted: its session row
 * and the account are read on every request, so a signed-out, idle (30 min) or old
 * (8 h) session, a disabled account, a "sign out everywhere" (sessions issued before
 * `sessionsValidAfter`) or an account without a second factor gets null.
 * Cached per request: one query however many components ask.
 */
export const getStaffSession = cache(async (): Promise<StaffSession | null> => {
  const claims = await readSessionClaims((await cookies()).get(sessionCookieName())?.value);
  if (!claims) return null;
  return staffForClaims(claims);
});

export async function staffForClaims(claims: {
  sub: string;
  sid: string;
  authAt: number;
}): Promise<StaffSession | null> {
  const now = Date.now();
  const session = await db.staffSession.findUnique({
    where: { id: claims.sid },
    select: {
      userId: true,
      createdAt: true,
      lastSeenAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          disabledAt: true,
          sessionsValidAfter: true,
          totpEnabledAt: true,
        },
      },
    },
  });
  if (!session || session.userId !== claims.sub || sessionEndReason(session, now)) return null;
  const { user } = session;
  if (user.disabledAt || !user.totpEnabledAt) return null;
  if (claims.authAt < user.sessionsValidAfter.getTime()) return null;
  if (lastSeenIsStale(session, now)) {
    // Conditional: concurrent requests of one page write once, not once each.
    await db.staffSession.updateMany({
      where: { id: claims.sid, lastSeenAt: session.lastSeenAt },
      data: { lastSeenAt: new Date(now) },
    });
  }
  const staff = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sessionId: claims.sid,
  } as StaffSession;
  issued.add(staff);
  return staff;
}

const issued = new WeakSet<StaffSession>();

/**
 * The first line of every staff data function that reads: the session passed in must
 * be one this module issued (a cast or an object literal is refused, not trusted), and
 * have the role. Write functions take a `StaffContext`, which only `staffAction` builds.
 */
export function assertStaff(staff: StaffSession, role?: Role): void {
  if (!issued.has(staff)) throw new Error("Refused: not a staff session issued by requireStaff.");
  if (!allowed(staff, role)) notFound();
}

function allowed(staff: StaffSession, role?: Role): boolean {
  return !role || role === "EDITOR" || staff.role === "ADMIN";
}

/**
 * Every admin page and route starts with this (server actions get it through
 * `staffAction`). No session: to the sign-in page. Wrong role: not found (an editor
 * learns nothing about admin-only screens).
 */
export async function requireStaff(role?: Role): Promise<StaffSession> {
  const staff = await getStaffSession();
  if (!staff) redirect("/admin/sign-in");
  if (!allowed(staff, role)) notFound();
  return staff;
}

export class CrossOriginError extends Error {
  constructor() {
    super("Refused: this request came from another site.");
  }
}

export async function assertSameOrigin(): Promise<void> {
  const appUrl = env().APP_URL;
  if (!isSameOriginRequest(await headers(), appUrl)) throw new CrossOriginError();
}

/** For route handlers: the staff member, or the Response to return instead. */
export async function authoriseRouteRequest(
  request: Request,
  options: { role?: Role; stateChanging?: boolean } = {},
): Promise<StaffSession | Response> {
  const appUrl = env().APP_URL;
  if (options.stateChanging && !isSameOriginRequest(request.headers, appUrl)) {
    return Response.json(
      { error: "Refused: this request came from another site." },
      { status: 403, headers: { "Cache-Control": "no-store" } },
    );
  }
  const staff = await getStaffSession();
  if (!staff)
    return Response.json({ error: "Sign in first." }, { status: 401, headers: { "Cache-Control": "no-store" } });
  if (!allowed(staff, options.role)) {
    return Response.json(
      { error: "Not allowed for your role." },
      { status: 403, headers: { "Cache-Control": "no-store" } },
    );
  }
  return staff;
}
