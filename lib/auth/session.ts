import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { env } from "@/lib/config/env";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { readSessionClaims, sessionCookieName } from "./session-cookie";

export type StaffSession = { id: string; email: string; name: string; role: Role };

/**
 * The signed-in staff member, or null. The JWT alone is not trusted: the account is
 * read on every request, so a disabled account, a "sign out everywhere" (sessions
 * issued before `sessionsValidAfter`) or an account without a second factor gets null.
 * Cached per request: one query however many components ask.
 */
export const getStaffSession = cache(async (): Promise<StaffSession | null> => {
  const claims = await readSessionClaims((await cookies()).get(sessionCookieName())?.value);
  if (!claims) return null;
  return staffForClaims(claims);
});

export async function staffForClaims(claims: { sub: string; authAt: number }): Promise<StaffSession | null> {
  const user = await db.staffUser.findUnique({
    where: { id: claims.sub },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, sessionsValidAfter: true, totpEnabledAt: true },
  });
  if (!user || user.disabledAt || !user.totpEnabledAt) return null;
  if (claims.authAt < user.sessionsValidAfter.getTime()) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

function allowed(staff: StaffSession, role?: Role): boolean {
  return !role || role === "EDITOR" || staff.role === "ADMIN";
}

/**
 * Every admin page, server action and data function starts with this. No session:
 * to the sign-in page. Wrong role: not found (an editor learns nothing about admin-only
 * screens).
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

/** For server actions that change something: same-origin first, then the session and role. */
export async function requireStaffAction(role?: Role): Promise<StaffSession> {
  await assertSameOrigin();
  return requireStaff(role);
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
    return Response.json({ error: "Refused: this request came from another site." }, { status: 403, headers: { "Cache-Control": "no-store" } });
  }
  const staff = await getStaffSession();
  if (!staff) return Response.json({ error: "Sign in first." }, { status: 401, headers: { "Cache-Control": "no-store" } });
  if (!allowed(staff, options.role)) {
    return Response.json({ error: "Not allowed for your role." }, { status: 403, headers: { "Cache-Control": "no-store" } });
  }
  return staff;
}
