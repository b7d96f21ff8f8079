import crypto from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "@/lib/db/generated/client";
import { normaliseStaffEmail } from "./staff-email";

/**
 * On a database with no staff, creates one ADMIN with a random password and returns
 * the credentials so the launcher can print them once. Nothing is stored in
 * readable form; there is never a fixed default password. The address goes through
 * the same rule as sign-in, so the printed credentials always work.
 */
export async function createFirstAdminIfNone(
  prisma: PrismaClient,
  emailInput: string,
): Promise<{ email: string; password: string } | null> {
  const email = normaliseStaffEmail(emailInput);
  if (email === null) throw new Error(`FIRST_ADMIN_EMAIL: "${emailInput}" is not an address staff can sign in with.`);
  if ((await prisma.staffUser.count()) > 0) return null;
  const password = crypto.randomBytes(18).toString("base64url");
  await prisma.staffUser.create({
    data: { email, name: "First administrator", role: "ADMIN", passwordHash: await hash(password) },
    select: { id: true },
  });
  return { email, password };
}
