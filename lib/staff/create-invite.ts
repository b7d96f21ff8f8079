import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffContext } from "@/lib/actions/staff-action";
import type { Role } from "@/lib/db/generated/enums";
import { INVITE_VALID_HOURS, newInviteToken } from "./invite-token";
import { normaliseStaffEmail } from "./staff-email";

/** Returns the invite link, shown once to the admin who hands it over. */
export async function createInvite(
  { staff: admin, tx }: StaffContext,
  email: string,
  role: Role,
): Promise<{ status: "ok"; token: string } | { status: "exists" }> {
  const normalised = normaliseStaffEmail(email);
  if (normalised === null) throw new Error("createInvite needs an address that staffEmailSchema accepted.");
  if (await tx.staffUser.findUnique({ where: { email: normalised }, select: { id: true } }))
    return { status: "exists" } as const;
  const { token, tokenHash } = newInviteToken();
  const invite = await tx.staffInvite.create({
    data: {
      email: normalised,
      role,
      tokenHash,
      expiresAt: new Date(Date.now() + INVITE_VALID_HOURS * 3_600_000),
      invitedById: admin.id,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: admin.id,
    action: "invite",
    entityType: "StaffInvite",
    entityId: invite.id,
    changes: { email: { from: null, to: normalised }, role: { from: null, to: role } },
  });
  return { status: "ok", token } as const;
}
