import "server-only";
import { db } from "@/lib/db/client";
import { verifyProofOfWork } from "@/lib/petition/proof-of-work";
import { normaliseStaffEmail } from "@/lib/staff/staff-email";
import { deviceTokenNames } from "./device-cookie";
import { FRICTION_AFTER, loginGate, recordLoginFailure } from "./login-limits";
import { notifySignInAttack } from "./notify-sign-in-attack";
import { verifyPassword } from "./password";

export type PasswordCheck =
  | { status: "ok"; userId: string; email: string; enrolled: boolean; rememberedDevice: boolean }
  | { status: "wrong"; challenge: boolean }
  | { status: "blocked"; retryAfterSeconds: number }
  /** Under attack: this device must solve a proof-of-work before its password is checked. */
  | { status: "challenge" }
  /** Right password, but the account never enrolled its second factor in time. */
  | { status: "expired" };

export type SignInDevice = { deviceTokens?: string[]; proofOfWork?: string; now?: number };

/** Step one of sign-in. A disabled or unknown account looks exactly like a wrong password. */
export async function checkPassword(
  emailInput: string,
  password: string,
  ip: string,
  device: SignInDevice = {},
): Promise<PasswordCheck> {
  const email = normaliseStaffEmail(emailInput);
  if (email === null) return { status: "wrong", challenge: false };
  const user = await db.staffUser.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      passwordHash: true,
      disabledAt: true,
      totpEnabledAt: true,
      enrolBy: true,
      sessionsValidAfter: true,
    },
  });
  const remembered =
    user !== null &&
    (device.deviceTokens ?? []).some((token) => deviceTokenNames(token, user.id, user.sessionsValidAfter));
  const gate = await loginGate(email, ip, remembered);
  if (gate.blockedFor > 0) return { status: "blocked", retryAfterSeconds: gate.blockedFor };
  if (gate.needsProof && !(await verifyProofOfWork(device.proofOfWork))) return { status: "challenge" };
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !passwordOk || user.disabledAt) {
    const failures = await recordLoginFailure(email, ip);
    if (user && !user.disabledAt && failures >= FRICTION_AFTER) await notifySignInAttack(user, failures);
    return { status: "wrong", challenge: !remembered && failures >= FRICTION_AFTER };
  }
  if (!user.totpEnabledAt && user.enrolBy && user.enrolBy.getTime() <= (device.now ?? Date.now()))
    return { status: "expired" };
  return {
    status: "ok",
    userId: user.id,
    email: user.email,
    enrolled: user.totpEnabledAt !== null,
    rememberedDevice: remembered,
  };
}
