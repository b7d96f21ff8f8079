import "server-only";
import { NotFoundError } from "@/lib/actions/action-error";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffContext } from "@/lib/actions/staff-action";
import { applyTranslations } from "@/lib/translations/apply-translations";
import { translationEdits } from "@/lib/translations/translation-input";
import { QUOTE_TRANSLATED, type quoteSchema } from "./admin-schemas";

export async function addQuote({ staff, tx }: StaffContext, input: z.infer<typeof quoteSchema>) {
  const statement = await tx.statement.findUnique({
    where: { id: input.statementId },
    select: { slug: true, status: true, _count: { select: { quotes: true } } },
  });
  if (!statement) throw new NotFoundError("statement");
  let speakerId = input.speakerId;
  if (!speakerId && input.newSpeakerName) {
    const existing = await tx.speaker.findFirst({
      where: { name: input.newSpeakerName, organisationId: null },
      select: { id: true },
    });
    speakerId =
      existing?.id ??
      (
        await tx.speaker.create({
          data: { name: input.newSpeakerName, role: input.newSpeakerRole },
          select: { id: true },
        })
      ).id;
  }
  const quote = await tx.quote.create({
    data: {
      statementId: input.statementId,
      speakerId: speakerId!,
      text: input.text,
      position: statement._count.quotes,
    },
    select: { id: true },
  });
  const translations = await applyTranslations(
    tx,
    { entity: "quote", entityId: quote.id },
    {},
    { text: input.text },
    translationEdits(input, Object.keys(QUOTE_TRANSLATED)),
  );
  await tx.quote.update({ where: { id: quote.id }, data: { translations }, select: { id: true } });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "create",
    entityType: "Quote",
    entityId: quote.id,
    after: { text: input.text, speakerId, translations },
  });
  return statement;
}
