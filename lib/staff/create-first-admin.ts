import crypto from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "@/lib/db/generated/client";

/**
 * On a database with no staff, creates one ADMIN with a random password and returns
 * the credentials so the launcher can print them once. Nothing is stored in
 * readable form; there is never a fixed default password.
 */
export async function createFirstAdminIfNone(
  prisma: PrismaClient,
  email: string,
): Promise<{ email: string; password: string } | null> {
  if ((await prisma.staffUser.count()) > 0) return null;
  const password = crypto.randomBytes(18).toString("base64url");
  await prisma.staffUser.create({
    data: { email: email.toLowerCase(), name: "First administrator", role: "ADMIN", passwordHash: await hash(password) },
    select: { id: true },
  });
  return { email: email.toLowerCase(), password };
}
