import crypto from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "@/lib/db/generated/client";
import { newInviteToken } from "./invite-token";
import { normaliseStaffEmail } from "./staff-email";

export const SETUP_LINK_VALID_HOURS = 24;

function firstAdminEmail(emailInput: string): string {
  const email = normaliseStaffEmail(emailInput);
  if (email === null) throw new Error(`FIRST_ADMIN_EMAIL: "${emailInput}" is not an address staff can sign in with.`);
  return email;
}

/**
 * The embedded newcomer path: on a database with no staff, creates one ADMIN with a
 * random password and returns the credentials so the launcher can print them once on
 * the newcomer's own console. Nothing is stored in readable form; there is never a
 * fixed default password. The address goes through the same rule as sign-in, so the
 * printed credentials always work.
 */
export async function createFirstAdminIfNone(
  prisma: PrismaClient,
  emailInput: string,
): Promise<{ email: string; password: string } | null> {
  const email = firstAdminEmail(emailInput);
  if ((await prisma.staffUser.count()) > 0) return null;
  const password = crypto.randomBytes(18).toString("base64url");
  await prisma.staffUser.create({
    data: { email, name: "First administrator", role: "ADMIN", passwordHash: await hash(password) },
    select: { id: true },
  });
  return { email, password };
}

export type FirstAdminSetup =
  | { status: "issued"; email: string; token: string; expiresAt: Date }
  | { status: "pending"; email: string; expiresAt: Date };

/**
 * The production path: no password at all, so none can reach a log. On a database with
 * no staff, issues a one-time setup link (an ADMIN invitation nobody sent, valid 24 h)
 * where the first admin chooses a password and enrols a second factor. While one is
 * open, a restart issues no other (several instances may start at once); once it has
 * expired, the next start issues a new one.
 */
export async function createFirstAdminSetupIfNone(
  prisma: PrismaClient,
  emailInput: string,
  now = Date.now(),
): Promise<FirstAdminSetup | null> {
  const email = firstAdminEmail(emailInput);
  if ((await prisma.staffUser.count()) > 0) return null;
  const open = await prisma.staffInvite.findFirst({
    where: { invitedById: null, usedAt: null, expiresAt: { gt: new Date(now) } },
    select: { email: true, expiresAt: true },
  });
  if (open) return { status: "pending", email: open.email, expiresAt: open.expiresAt };
  const { token, tokenHash } = newInviteToken();
  const expiresAt = new Date(now + SETUP_LINK_VALID_HOURS * 3_600_000);
  await prisma.staffInvite.create({
    data: { email, role: "ADMIN", tokenHash, expiresAt, invitedById: null },
    select: { id: true },
  });
  return { status: "issued", email, token, expiresAt };
}
