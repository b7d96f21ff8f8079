import "server-only";
import { db } from "@/lib/db/client";
import { decryptText, encryptToText } from "@/lib/crypto/encryption";
import { newTotpSecret } from "./totp";

/**
 * The secret to show on the enrolment page: the one already stored for an account that
 * has not finished enrolling (a reload must not invalidate what was just scanned), or a
 * new one. Stored encrypted; only the account's owner, mid sign-in, ever sees it.
 */
export async function getEnrolmentSecret(userId: string): Promise<string | null> {
  const user = await db.staffUser.findUnique({
    where: { id: userId },
    select: { totpSecretEncrypted: true, totpEnabledAt: true, disabledAt: true },
  });
  if (!user || user.disabledAt || user.totpEnabledAt) return null;
  if (user.totpSecretEncrypted) return decryptText(user.totpSecretEncrypted);
  const secret = newTotpSecret();
  await db.staffUser.update({
    where: { id: userId },
    data: { totpSecretEncrypted: encryptToText(secret) },
    select: { id: true },
  });
  return secret;
}
