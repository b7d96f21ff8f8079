import "server-only";
import { db } from "@/lib/db/client";
import { decryptText } from "@/lib/crypto/encryption";
import { postgresLimiter, secondsBlocked, countAttempt } from "@/lib/rate-limit/postgres-limiter";
import { assertStaff, type StaffSession } from "./session";
import { verifyTotpCode } from "./totp";

export const FRESH_CODE_ERRORS = {
  wrong: "That code is wrong or was used already. Type the code your authenticator shows now.",
  blocked: "Too many wrong codes. Wait a few minutes, then type the code your authenticator shows now.",
} as const;

// A stolen session must not be able to guess its way past the second factor:
// 10^6 codes, 5 wrong ones per quarter hour. Kept apart from the sign-in limits so
// a wrong code here never stands in the way of signing in.
const wrongCodes = () => postgresLimiter({ keyPrefix: "fresh-code-wrong", points: 5, duration: 900 });

/**
 * A dangerous action (exporting signers, bulk invalidation, closing the petition)
 * asks for the second factor again: the code must be typed for this action. Codes
 * are single-use across sign-in and these actions (the same "totp-used" record), so
 * the code typed at sign-in, or one seen over a shoulder, cannot be replayed.
 */
export async function checkFreshCode(
  staff: StaffSession,
  code: string,
): Promise<{ status: "ok" } | { status: "wrong" | "blocked"; message: string }> {
  assertStaff(staff);
  if ((await secondsBlocked(wrongCodes(), staff.id)) > 0)
    return { status: "blocked", message: FRESH_CODE_ERRORS.blocked };
  const user = await db.staffUser.findUnique({ where: { id: staff.id }, select: { totpSecretEncrypted: true } });
  let secret: string | null = null;
  try {
    secret = user?.totpSecretEncrypted ? decryptText(user.totpSecretEncrypted) : null;
  } catch {
    secret = null;
  }
  if (secret && (await verifyTotpCode(staff.id, secret, code))) return { status: "ok" };
  await countAttempt(wrongCodes(), staff.id);
  return { status: "wrong", message: FRESH_CODE_ERRORS.wrong };
}
