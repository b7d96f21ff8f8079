import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { hashInviteToken } from "./invite-token";

/**
 * Uses the invite and creates the account in one transaction. The conditional update
 * makes the invite single-use even when the form is sent twice at once.
 */
export async function acceptInvite(
  token: string,
  name: string,
  password: string,
): Promise<{ status: "ok"; userId: string; email: string } | { status: "invalid" }> {
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
      data: { email: invite.email, name, role: invite.role, passwordHash, invitedById: invite.invitedById },
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
