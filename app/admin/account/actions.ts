"use server";

import { z } from "zod";
import { redirectTo, staffButtonAction } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { clearSessionCookies } from "@/lib/auth/session-cookie";

const noFields = z.object({});

export const signOut = staffButtonAction({ schema: noFields }, async ({ afterCommit }) => {
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
  await recordAudit(tx, {
    actorId: staff.id,
    action: "sign-out-everywhere",
    entityType: "StaffUser",
    entityId: staff.id,
  });
  afterCommit(clearSessionCookies);
  return redirectTo("/admin/sign-in");
});
