"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ok } from "@/lib/actions/action-result";
import { redirectTo, staffButtonAction } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { endStaffSession } from "@/lib/auth/end-staff-session";
import { clearSessionCookies } from "@/lib/auth/session-cookie";
import { revokeAllStaffSessions } from "@/lib/auth/staff-sessions";

const noFields = z.object({});
const refreshAccountPage = () => revalidatePath("/admin/account");

/** Ends this session on the server too: the cookie, replayed from anywhere, no longer works. */
export const signOut = staffButtonAction({ schema: noFields }, async ({ staff, tx, afterCommit }) => {
  await tx.staffSession.updateMany({
    where: { id: staff.sessionId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  afterCommit(clearSessionCookies);
  return redirectTo("/admin/sign-in");
});

/** Ends every session of this account, on every device, this one included. */
export const signOutEverywhere = staffButtonAction({ schema: noFields }, async ({ staff, tx, afterCommit }) => {
  await tx.staffUser.update({
    where: { id: staff.id },
    data: { sessionsValidAfter: new Date() },
    select: { id: true },
  });
  await revokeAllStaffSessions(tx, staff.id);
  await recordAudit(tx, {
    actorId: staff.id,
    action: "sign-out-everywhere",
    entityType: "StaffUser",
    entityId: staff.id,
  });
  afterCommit(clearSessionCookies);
  return redirectTo("/admin/sign-in");
});

/** Ends one other session of this account, listed on the account page. */
export const endSession = staffButtonAction(
  { schema: z.object({ sessionId: z.string().min(1).max(100) }) },
  async ({ staff, tx, input, afterCommit }) => {
    await endStaffSession({ staff, tx }, input.sessionId);
    afterCommit(refreshAccountPage);
    return ok({ message: "Session ended." });
  },
);
