import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { campaignPetitionId } from "./campaign-petition";
import type { MessageContent } from "./message-content";

/** Saves a draft; nothing is sent until staff confirm it on its page. */
export async function createCampaignMessage(
  { staff, tx }: StaffContext,
  input: { kind: "ALERT" | "UPDATE"; detaineeId: string | null; content: MessageContent },
): Promise<{ id: string }> {
  const petitionId = await campaignPetitionId(tx);
  if (!petitionId) throw new ActionError("There is no petition in this campaign yet.");
  const message = await tx.campaignMessage.create({
    data: { petitionId, kind: input.kind, detaineeId: input.detaineeId, content: input.content, createdById: staff.id },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "create",
    entityType: "CampaignMessage",
    entityId: message.id,
    after: { kind: input.kind, detaineeId: input.detaineeId, subject: input.content.en.subject },
  });
  return message;
}
