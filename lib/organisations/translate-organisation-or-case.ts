import "server-only";
import type { z } from "zod";
import { found } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { applyTranslations } from "@/lib/translations/apply-translations";
import { assertTranslationsBasis } from "@/lib/translations/assert-translations-basis";
import { translationEdits } from "@/lib/translations/translation-input";
import {
  CASE_TRANSLATED,
  ORGANISATION_TRANSLATED,
  type translateCaseSchema,
  type translateOrganisationSchema,
} from "./admin-schemas";

/** Saves the az and ru name, short name and description of an organisation. */
export async function translateOrganisation(
  { staff, tx }: StaffContext,
  input: z.infer<typeof translateOrganisationSchema>,
) {
  const before = found(
    await tx.organisation.findUnique({
      where: { id: input.id },
      select: { name: true, shortName: true, description: true, translations: true },
    }),
    "organisation",
  );
  assertTranslationsBasis(before.translations, input.basis);
  const translations = await applyTranslations(
    tx,
    { entity: "organisation", entityId: input.id },
    before.translations,
    before,
    translationEdits(input, Object.keys(ORGANISATION_TRANSLATED)),
  );
  await tx.organisation.update({ where: { id: input.id }, data: { translations }, select: { id: true } });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "update",
    entityType: "Organisation",
    entityId: input.id,
    before: { translations: before.translations },
    after: { translations },
  });
}

/** Saves the az and ru title and summary of a case. */
export async function translateCase({ staff, tx }: StaffContext, input: z.infer<typeof translateCaseSchema>) {
  const before = found(
    await tx.case.findUnique({ where: { id: input.id }, select: { title: true, summary: true, translations: true } }),
    "case",
  );
  assertTranslationsBasis(before.translations, input.basis);
  const translations = await applyTranslations(
    tx,
    { entity: "case", entityId: input.id },
    before.translations,
    before,
    translationEdits(input, Object.keys(CASE_TRANSLATED)),
  );
  await tx.case.update({ where: { id: input.id }, data: { translations }, select: { id: true } });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "update",
    entityType: "Case",
    entityId: input.id,
    before: { translations: before.translations },
    after: { translations },
  });
}
