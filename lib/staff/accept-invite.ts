import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { ENROL_WITHIN_MS } from "@/lib/auth/session-rules";
import { db } from "@/lib/db/client";
import { getOpenInvite } from "./get-open-invite";
import { hashInviteToken } from "./invite-token";

/**
 * Uses the invite and creates the account in one transaction. The conditional update
 * makes the invite single-use even when the form is sent twice at once. The token is
 * checked before the password is hashed: argon2 costs ~20 MB and tens of milliseconds,
 * and must not be had for free by posting made-up tokens.
 */
export async function acceptInvite(
  token: string,
  name: string,
  password: string,
): Promise<{ status: "ok"; userId: string; email: string } | { status: "invalid" }> {
  if (!(await getOpenInvite(token))) return { status: "invalid" };
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const invite = await tx.staffInvite.findUnique({
      where: { tokenHash: hashInviteToken(token) },
      select: { id: true, email: true, role: true, invitedById: true, usedAt: true, expiresAt: true },
    });
    if (!invite || invite.usedAt || invite.expiresAt <= new Date()) return { status: "invalid" } as const;
    const claimed = await tx.staffInvite.updateMany({
      where: { id: invite.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (claimed.count !== 1) return { status: "invalid" } as const;
    if (await tx.staffUser.findUnique({ where: { email: invite.email }, select: { id: true } }))
      return { status: "invalid" } as const;
    const user = await tx.staffUser.create({
      data: {
        email: invite.email,
        name,
        role: invite.role,
        passwordHash,
        invitedById: invite.invitedById,
        enrolBy: new Date(Date.now() + ENROL_WITHIN_MS),
      },
      select: { id: true, email: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "accept-invite",
      entityType: "StaffUser",
      entityId: user.id,
      changes: {
        email: { from: null, to: user.email },
        role: { from: null, to: invite.role },
        passwordHash: { from: "[secret]", to: "[secret]" },
      },
    });
    return { status: "ok", userId: user.id, email: user.email } as const;
  });
}
