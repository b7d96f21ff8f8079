import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { readContent } from "./message-content";

/** What was sent (and what waits as a draft), newest first, with when, by whom and to how many. */
export async function listCampaignMessages(staff: StaffSession, limit = 100) {
  assertStaff(staff);
  const rows = await db.campaignMessage.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      kind: true,
      content: true,
      status: true,
      recipientCount: true,
      sentAt: true,
      sentById: true,
      createdAt: true,
    },
  });
  const ids = [...new Set(rows.flatMap((row) => (row.sentById ? [row.sentById] : [])))];
  const names = new Map(
    (await db.staffUser.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((s) => [
      s.id,
      s.name,
    ]),
  );
  return rows.map(({ content, sentById, ...row }) => ({
    ...row,
    subject: readContent(content).en.subject,
    sentBy: sentById ? (names.get(sentById) ?? null) : null,
  }));
}
