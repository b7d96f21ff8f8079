import "server-only";
import { ActionError, NotFoundError } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import type { Prisma } from "@/lib/db/generated/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { decrypt } from "@/lib/crypto/encryption";
import { translatedField } from "@/lib/i18n/translated-field";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import type { PressEmbargoData } from "@/lib/mail/press-templates";
import { sealAddress, sealPayload } from "@/lib/mail/seal-outbox-message";
import { absoluteUrl } from "@/lib/site/absolute-url";
import { pressUnsubscribeToken } from "./press-tokens";

/**
 * Queues a scheduled statement for every approved press subscriber, each in their
 * language (English when it has no translation yet, and the mail says so), marked
 * EMBARGOED UNTIL its release time. Only before that time: the statement row is locked
 * first, so the scheduler cannot publish it halfway through.
 */
export async function sendEmbargoedStatement(
  { staff, tx }: StaffContext,
  input: { statementId: string },
  now = new Date(),
): Promise<{ recipients: number; embargoUntil: Date }> {
  await tx.$executeRaw`SELECT 1 FROM "Statement" WHERE "id" = ${input.statementId} FOR UPDATE`;
  const statement = await tx.statement.findUnique({
    where: { id: input.statementId },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      body: true,
      translations: true,
      status: true,
      publishAt: true,
    },
  });
  if (!statement) throw new NotFoundError("statement");
  const embargoUntil = statement.publishAt;
  if (statement.status !== "SCHEDULED" || !embargoUntil || embargoUntil <= now)
    throw new ActionError("Only a scheduled statement whose release time is still ahead can be sent under embargo.");
  const subscribers = await tx.pressSubscriber.findMany({
    where: { status: "APPROVED" },
    select: { id: true, emailEncrypted: true, locale: true },
  });
  if (subscribers.length === 0) throw new ActionError("No subscriber is approved yet: nothing was sent.");

  await tx.emailOutbox.createMany({
    data: subscribers.map((subscriber) => {
      const locale: Locale = isLocale(subscriber.locale) ? subscriber.locale : "en";
      const field = (value: string, name: string) => translatedField(value, statement.translations, name, locale);
      const title = field(statement.title, "title");
      const body = field(statement.body, "body");
      const data: PressEmbargoData = {
        title: title.value,
        summary: statement.summary === null ? null : field(statement.summary, "summary").value,
        body: body.value,
        url: absoluteUrl(`/statements/${statement.slug}`, locale),
        embargoUntil: embargoUntil.toISOString(),
        fallback: title.isFallback || body.isFallback,
        unsubscribeUrl: absoluteUrl(`/press/unsubscribe/${pressUnsubscribeToken(subscriber.id)}`, locale),
      };
      return {
        to: sealAddress(decrypt(Buffer.from(subscriber.emailEncrypted))),
        template: "press-embargo",
        payload: sealPayload(locale, data) as Prisma.InputJsonValue,
      };
    }),
  });
  await tx.pressMailing.create({
    data: { statementId: statement.id, embargoUntil, recipients: subscribers.length, sentById: staff.id },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "send-embargoed",
    entityType: "Statement",
    entityId: statement.id,
    changes: { recipients: subscribers.length, embargoUntil: embargoUntil.toISOString() },
  });
  return { recipients: subscribers.length, embargoUntil };
}
