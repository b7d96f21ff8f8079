import "server-only";
import { db } from "@/lib/db/client";
import { loginBlockedFor, recordLoginFailure } from "./login-limits";
import { normaliseStaffEmail } from "@/lib/staff/staff-email";
import { verifyPassword } from "./password";

export type PasswordCheck =
  | { status: "ok"; userId: string; email: string; enrolled: boolean }
  | { status: "wrong" }
  | { status: "blocked"; retryAfterSeconds: number };

/** Step one of sign-in. A disabled or unknown account looks exactly like a wrong password. */
export async function checkPassword(emailInput: string, password: string, ip: string): Promise<PasswordCheck> {
  const email = normaliseStaffEmail(emailInput);
  if (email === null) return { status: "wrong" };
  const wait = await loginBlockedFor(email, ip);
  if (wait > 0) return { status: "blocked", retryAfterSeconds: wait };
  const user = await db.staffUser.findUnique({
    where: { email },
    select: { id: true, email: true, passwordHash: true, disabledAt: true, totpEnabledAt: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !passwordOk || user.disabledAt) {
    await recordLoginFailure(email, ip);
    return { status: "wrong" };
  }
  return { status: "ok", userId: user.id, email: user.email, enrolled: user.totpEnabledAt !== null };
}
