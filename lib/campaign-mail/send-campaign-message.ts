import "server-only";
import { ActionError, found } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { env } from "@/lib/config/env";
import { CAMPAIGN_TEMPLATE, RECIPIENT_CONDITIONS, RECIPIENT_LOCALE } from "./recipients";

/**
 * Queues one outbox row per recipient, in the same transaction that marks the draft
 * sent (so it is sent once, however often the button is pressed). A row names the
 * signature and the message, not the address: the address is read when the mail
 * leaves, so whoever unsubscribes, erases their signature or bounces meanwhile gets
 * nothing. Rows are spaced CAMPAIGN_MAIL_PER_MINUTE apart, so a big list does not
 * flood the mail server or hold up confirmation mail.
 */
export async function sendCampaignMessage(
  { staff, tx }: StaffContext,
  input: { id: string; version: number },
): Promise<{ recipients: number }> {
  const message = found(
    await tx.campaignMessage.findUnique({
      where: { id: input.id },
      select: { petitionId: true, status: true, version: true },
    }),
    "message",
  );
  if (message.status !== "DRAFT") throw new ActionError("This message was sent already.");
  // The version in the WHERE: staff send exactly the text they previewed.
  const claimed = await tx.campaignMessage.updateMany({
    where: { id: input.id, version: input.version, status: "DRAFT" },
    data: { status: "SENT", sentAt: new Date(), sentById: staff.id },
  });
  if (claimed.count === 0) {
    throw new ActionError("Someone changed or sent this message meanwhile. Reload the page and check the preview.");
  }
  const secondsApart = 60 / env().CAMPAIGN_MAIL_PER_MINUTE;
  const recipients = await tx.$executeRawUnsafe(
    `INSERT INTO "EmailOutbox" ("id", "to", "template", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
     SELECT gen_random_uuid()::text, NULL, '${CAMPAIGN_TEMPLATE}',
            jsonb_build_object('locale', ${RECIPIENT_LOCALE("s")}, 'messageId', $1::text, 'signatureId', s."id"),
            'PENDING'::"OutboxStatus", 0,
            timezone('UTC', now()) + make_interval(secs => (row_number() OVER (ORDER BY s."id") - 1) * $3::float8),
            timezone('UTC', now())
       FROM "Signature" s
      WHERE s."petitionId" = $2 AND ${RECIPIENT_CONDITIONS("s")}`,
    input.id,
    message.petitionId,
    secondsApart,
  );
  await tx.campaignMessage.update({
    where: { id: input.id },
    data: { recipientCount: recipients },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "send",
    entityType: "CampaignMessage",
    entityId: input.id,
    changes: { status: { from: "DRAFT", to: "SENT" }, recipientCount: { from: null, to: recipients } },
  });
  return { recipients };
}
