"use server";

import { redirect } from "next/navigation";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireStaffAction } from "@/lib/auth/session";
import { clearSessionCookies } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db/client";

export async function signOut(): Promise<void> {
  await requireStaffAction();
  await clearSessionCookies();
  redirect("/admin/sign-in");
}

/** Ends every session of this account, on every device, this one included. */
export async function signOutEverywhere(): Promise<void> {
  const staff = await requireStaffAction();
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: staff.id }, data: { sessionsValidAfter: new Date() }, select: { id: true } });
    await recordAudit(tx, { actorId: staff.id, action: "sign-out-everywhere", entityType: "StaffUser", entityId: staff.id });
  });
  await clearSessionCookies();
  redirect("/admin/sign-in");
}
