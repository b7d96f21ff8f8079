import "server-only";
import type { z } from "zod";
import { found } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { applyTranslations } from "@/lib/translations/apply-translations";
import { assertTranslationsBasis } from "@/lib/translations/assert-translations-basis";
import { translationEdits } from "@/lib/translations/translation-input";
import { CHARGE_TRANSLATED, type translateChargeSchema } from "./admin-schemas";

/** Saves the az and ru texts of a recorded charge, stamped against its English. */
export async function translateCharge({ staff, tx }: StaffContext, input: z.infer<typeof translateChargeSchema>) {
  const before = found(
    await tx.charge.findUnique({ where: { id: input.id }, select: { description: true, translations: true } }),
    "charge",
  );
  assertTranslationsBasis(before.translations, input.basis);
  const translations = await applyTranslations(
    tx,
    { entity: "charge", entityId: input.id },
    before.translations,
    before,
    translationEdits(input, Object.keys(CHARGE_TRANSLATED)),
  );
  await tx.charge.update({ where: { id: input.id }, data: { translations }, select: { id: true } });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "update",
    entityType: "Charge",
    entityId: input.id,
    before: { translations: before.translations },
    after: { translations },
  });
}
