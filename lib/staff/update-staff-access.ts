import "server-only";
import { ActionError, NotFoundError } from "@/lib/actions/action-error";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffContext } from "@/lib/actions/staff-action";
import type { Role } from "@/lib/db/generated/enums";
import { revokeAllStaffSessions } from "@/lib/auth/staff-sessions";
import { ENROL_WITHIN_MS } from "@/lib/auth/session-rules";

export type AccessChange = { disabled?: boolean; role?: Role; endSessions?: boolean; resetSecondFactor?: boolean };

/**
 * Disabling, changing a role, ending sessions or resetting a lost second factor. Each
 * also moves `sessionsValidAfter`, so the person's open sessions end on their next
 * request. An admin cannot lock themselves out, and the last active admin stays one.
 */
export async function updateStaffAccess(
  { staff: admin, tx }: StaffContext,
  userId: string,
  change: AccessChange,
): Promise<void> {
  if (userId === admin.id && (change.disabled || (change.role && change.role !== "ADMIN")))
    throw new ActionError("You cannot disable or demote yourself.");
  const before = await tx.staffUser.findUnique({
    where: { id: userId },
    select: { role: true, disabledAt: true, totpEnabledAt: true },
  });
  if (!before) throw new NotFoundError("account");
  const losesAdmin =
    before.role === "ADMIN" && !before.disabledAt && (change.disabled || (change.role && change.role !== "ADMIN"));
  if (losesAdmin) {
    const admins = await tx.staffUser.count({ where: { role: "ADMIN", disabledAt: null } });
    if (admins <= 1) throw new ActionError("At least one active administrator must remain.");
  }
  const data = {
    ...(change.disabled !== undefined ? { disabledAt: change.disabled ? new Date() : null } : {}),
    ...(change.role ? { role: change.role } : {}),
    // A reset account must enrol again within a day, like a new one.
    ...(change.resetSecondFactor
      ? { totpSecretEncrypted: null, totpEnabledAt: null, enrolBy: new Date(Date.now() + ENROL_WITHIN_MS) }
      : {}),
    sessionsValidAfter: new Date(),
  };
  await tx.staffUser.update({ where: { id: userId }, data, select: { id: true } });
  // sessionsValidAfter already ends them; revoking the rows also takes them off the account page.
  await revokeAllStaffSessions(tx, userId);
  await recordAudit(tx, {
    actorId: admin.id,
    action:
      change.disabled === true
        ? "disable"
        : change.disabled === false
          ? "enable"
          : change.resetSecondFactor
            ? "reset-second-factor"
            : change.role
              ? "change-role"
              : "end-sessions",
    entityType: "StaffUser",
    entityId: userId,
    changes: {
      ...(change.disabled !== undefined ? { disabled: { from: Boolean(before.disabledAt), to: change.disabled } } : {}),
      ...(change.role ? { role: { from: before.role, to: change.role } } : {}),
      ...(change.resetSecondFactor ? { totpSecretEncrypted: { from: "[secret]", to: null } } : {}),
      sessionsValidAfter: { from: null, to: data.sessionsValidAfter.toISOString() },
    },
  });
}
