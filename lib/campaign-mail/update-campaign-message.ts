import "server-only";
import { ActionError, found } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { readContent, type MessageContent } from "./message-content";

export type UpdateMessageResult = { status: "ok" } | { status: "conflict"; version: number };

/** Edits a draft over the version the editor loaded; a sent message is never edited. */
export async function updateCampaignMessage(
  { staff, tx }: StaffContext,
  input: { id: string; version: number; content: MessageContent },
): Promise<UpdateMessageResult> {
  const before = found(
    await tx.campaignMessage.findUnique({
      where: { id: input.id },
      select: { status: true, version: true, content: true },
    }),
    "message",
  );
  if (before.status !== "DRAFT") throw new ActionError("This message was sent already; it can no longer be changed.");
  const updated = await tx.campaignMessage.updateMany({
    where: { id: input.id, version: input.version, status: "DRAFT" },
    data: { content: input.content, version: { increment: 1 } },
  });
  if (updated.count === 0) return { status: "conflict", version: before.version };
  const old = readContent(before.content);
  await recordAudit(tx, {
    actorId: staff.id,
    action: "update",
    entityType: "CampaignMessage",
    entityId: input.id,
    before: { subject: old.en.subject, body: old.en.body },
    after: { subject: input.content.en.subject, body: input.content.en.body },
  });
  return { status: "ok" };
}
