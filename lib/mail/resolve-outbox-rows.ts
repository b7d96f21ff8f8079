import "server-only";
import { pgPool } from "@/lib/db/pg-pool";
import { env } from "@/lib/config/env";
import { decrypt } from "@/lib/crypto/encryption";
import { CAMPAIGN_TEMPLATE, RECIPIENT_CONDITIONS } from "@/lib/campaign-mail/recipients";
import { readContent } from "@/lib/campaign-mail/message-content";
import { unsubscribeTokenFor } from "@/lib/campaign-mail/unsubscribe-token";
import { localePath, isLocale } from "@/lib/i18n/locale-path";
import { openAddress, openPayload, type OutboxPayload } from "./seal-outbox-message";
import { suppressedAmong } from "./suppression";
import { renderTemplate, type Rendered } from "./templates";

export type OutboxRow = { id: string; to: string | null; template: string; payload: OutboxPayload; attempts: number };

export type Resolution =
  | { status: "send"; to: string; message: Rendered }
  /** Nobody to send to any more (unsubscribed, erased, invalidated, suppressed): the row is dropped. */
  | { status: "skip" }
  | { status: "error"; error: unknown };

/**
 * Turns claimed outbox rows into mail, in two queries for the whole batch: campaign
 * rows name a signature and a message, and are resolved now (the recipient must still
 * qualify at this moment, not only when staff pressed "send"); the others carry their
 * sealed address, checked against the suppression list.
 */
export async function resolveOutboxRows(rows: OutboxRow[]): Promise<Map<string, Resolution>> {
  const result = new Map<string, Resolution>();
  const campaign = rows.filter((row) => row.template === CAMPAIGN_TEMPLATE);
  const direct = rows.filter((row) => row.template !== CAMPAIGN_TEMPLATE);

  const opened = direct.map((row) => {
    try {
      if (!row.to) throw new Error("no recipient");
      const { locale, data } = openPayload(row.payload);
      return { row, to: openAddress(row.to), message: renderTemplate(row.template, locale, data) };
    } catch (error) {
      result.set(row.id, { status: "error", error });
      return null;
    }
  });
  const ready = opened.filter((item) => item !== null);
  const suppressed = await suppressedAmong(
    pgPool(),
    ready.map((item) => item.to),
  );
  for (const item of ready) {
    result.set(
      item.row.id,
      suppressed.has(item.to) ? { status: "skip" } : { status: "send", to: item.to, message: item.message },
    );
  }

  if (campaign.length > 0) {
    const refs = campaign.map((row) => row.payload as { signatureId?: string; messageId?: string; locale?: string });
    const { rows: found } = await pgPool().query<{ outboxId: string; email: Buffer; content: unknown }>(
      `SELECT r.outbox_id AS "outboxId", s."emailEncrypted" AS email, m."content" AS content
         FROM unnest($1::text[], $2::text[], $3::text[]) AS r(outbox_id, signature_id, message_id)
         JOIN "CampaignMessage" m ON m."id" = r.message_id AND m."status" = 'SENT'
         JOIN "Signature" s ON s."id" = r.signature_id AND s."petitionId" = m."petitionId"
        WHERE ${RECIPIENT_CONDITIONS("s")}`,
      [campaign.map((row) => row.id), refs.map((ref) => ref.signatureId ?? ""), refs.map((ref) => ref.messageId ?? "")],
    );
    const byRow = new Map(found.map((row) => [row.outboxId, row]));
    campaign.forEach((row, i) => {
      const hit = byRow.get(row.id);
      if (!hit) return result.set(row.id, { status: "skip" });
      try {
        const locale = refs[i]!.locale && isLocale(refs[i]!.locale) ? refs[i]!.locale : "en";
        const text = readContent(hit.content)[locale];
        const token = unsubscribeTokenFor(refs[i]!.signatureId!);
        const base = env().APP_URL;
        result.set(row.id, {
          status: "send",
          to: decrypt(hit.email),
          message: renderTemplate(CAMPAIGN_TEMPLATE, locale, {
            ...text,
            unsubscribeUrl: `${base}${localePath(locale, `/petition/unsubscribe/${token}`)}`,
            oneClickUrl: `${base}/api/petition/unsubscribe/${token}`,
          }),
        });
      } catch (error) {
        result.set(row.id, { status: "error", error });
      }
    });
  }
  return result;
}
