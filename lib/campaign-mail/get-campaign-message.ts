import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { readContent } from "./message-content";

/** One message for its preview page: the texts, and whether and when it was sent. */
export async function getCampaignMessage(staff: StaffSession, id: string) {
  assertStaff(staff);
  const row = await db.campaignMessage.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      detaineeId: true,
      content: true,
      status: true,
      recipientCount: true,
      sentAt: true,
      version: true,
      createdAt: true,
    },
  });
  return row && { ...row, content: readContent(row.content) };
}
