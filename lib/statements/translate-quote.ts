import "server-only";
import type { z } from "zod";
import { found } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { applyTranslations } from "@/lib/translations/apply-translations";
import { assertTranslationsBasis } from "@/lib/translations/assert-translations-basis";
import { translationEdits } from "@/lib/translations/translation-input";
import { QUOTE_TRANSLATED, type translateQuoteSchema } from "./admin-schemas";

/** Saves the az and ru translations of a quote; the quote itself stays as spoken. */
export async function translateQuote({ staff, tx }: StaffContext, input: z.infer<typeof translateQuoteSchema>) {
  const before = found(
    await tx.quote.findUnique({ where: { id: input.id }, select: { text: true, translations: true } }),
    "quote",
  );
  assertTranslationsBasis(before.translations, input.basis);
  const translations = await applyTranslations(
    tx,
    { entity: "quote", entityId: input.id },
    before.translations,
    before,
    translationEdits(input, Object.keys(QUOTE_TRANSLATED)),
  );
  await tx.quote.update({ where: { id: input.id }, data: { translations }, select: { id: true } });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "update",
    entityType: "Quote",
    entityId: input.id,
    before: { translations: before.translations },
    after: { translations },
  });
}
