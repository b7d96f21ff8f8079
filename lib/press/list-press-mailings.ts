import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

/** What the send form offers: scheduled statements whose release time is still ahead. */
export async function listEmbargoedStatements(staff: StaffSession, now = new Date()) {
  assertStaff(staff);
  return db.statement.findMany({
    where: { status: "SCHEDULED", publishAt: { gt: now } },
    orderBy: { publishAt: "asc" },
    select: { id: true, title: true, publishAt: true },
  });
}

/** What was sent to the press, when and to how many, newest first. */
export async function listPressMailings(staff: StaffSession) {
  assertStaff(staff);
  return db.pressMailing.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      createdAt: true,
      embargoUntil: true,
      recipients: true,
      statement: { select: { title: true } },
    },
  });
}
