import "server-only";
import { db } from "@/lib/db/client";
import { decryptText } from "@/lib/crypto/encryption";
import { loginGate, recordLoginFailure, recordLoginSuccess } from "./login-limits";
import { verifyTotpCode } from "./totp";

export type CodeCheck = { status: "ok" } | { status: "wrong" } | { status: "blocked"; retryAfterSeconds: number };

/**
 * Step two: the code from the authenticator. With `enrolling`, the secret is the one
 * shown on the enrolment page and a right code switches the second factor on.
 */
export async function checkCode(
  userId: string,
  code: string,
  ip: string,
  options: { enrolling?: boolean; rememberedDevice?: boolean } = {},
): Promise<CodeCheck> {
  const user = await db.staffUser.findUnique({
    where: { id: userId },
    select: { id: true, email: true, disabledAt: true, totpSecretEncrypted: true, totpEnabledAt: true },
  });
  if (!user || user.disabledAt || !user.totpSecretEncrypted) return { status: "wrong" };
  if (!options.enrolling && !user.totpEnabledAt) return { status: "wrong" };
  // The password step already asked for proof of work when the account is under attack.
  const { blockedFor } = await loginGate(user.email, ip, options.rememberedDevice ?? false);
  if (blockedFor > 0) return { status: "blocked", retryAfterSeconds: blockedFor };
  if (!(await verifyTotpCode(user.id, decryptText(user.totpSecretEncrypted), code))) {
    await recordLoginFailure(user.email, ip);
    return { status: "wrong" };
  }
  await recordLoginSuccess(user.email, ip);
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: user.id },
      data: { lastLoginAt: new Date(), ...(user.totpEnabledAt ? {} : { totpEnabledAt: new Date() }) },
      select: { id: true },
    });
    await tx.auditLog.create({
      data: {
        actorId: user.id,
        action: user.totpEnabledAt ? "sign-in" : "enrol-second-factor",
        entityType: "StaffUser",
        entityId: user.id,
      },
      select: { id: true },
    });
  });
  return { status: "ok" };
}
