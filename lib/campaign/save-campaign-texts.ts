import "server-only";
import type { z } from "zod";
import { found } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { applyTranslations } from "@/lib/translations/apply-translations";
import { translationEdits } from "@/lib/translations/translation-input";
import {
  CAMPAIGN_TRANSLATED,
  PETITION_TRANSLATED,
  type campaignTextsSchema,
  type petitionTextsSchema,
} from "./admin-schemas";

export type SaveTextsResult =
  { status: "ok" } | { status: "conflict"; current: Record<string, string>; version: number };

/** The campaign's headline, call to action and summary in three languages, over the version the editor loaded. */
export async function saveCampaignTexts(
  { staff, tx }: StaffContext,
  input: z.infer<typeof campaignTextsSchema>,
): Promise<SaveTextsResult> {
  const before = found(
    await tx.campaign.findUnique({
      where: { id: input.id },
      select: { headline: true, callToAction: true, summary: true, translations: true, version: true },
    }),
    "campaign",
  );
  const columns = { headline: input.headline, callToAction: input.callToAction, summary: input.summary };
  const updated = await tx.campaign.updateMany({
    where: { id: input.id, version: input.version },
    data: { ...columns, version: { increment: 1 } },
  });
  if (updated.count === 0) {
    const current = { headline: before.headline, callToAction: before.callToAction, summary: before.summary };
    return { status: "conflict", current, version: before.version };
  }
  const translations = await applyTranslations(
    tx,
    { entity: "campaign", entityId: input.id },
    before.translations,
    columns,
    translationEdits(input, Object.keys(CAMPAIGN_TRANSLATED)),
  );
  await tx.campaign.update({ where: { id: input.id }, data: { translations }, select: { id: true } });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "update",
    entityType: "Campaign",
    entityId: input.id,
    before: {
      headline: before.headline,
      callToAction: before.callToAction,
      summary: before.summary,
      translations: before.translations,
    },
    after: { ...columns, translations },
  });
  return { status: "ok" };
}

/** The petition's title and text in three languages, over the version the editor loaded. */
export async function savePetitionTexts(
  { staff, tx }: StaffContext,
  input: z.infer<typeof petitionTextsSchema>,
): Promise<SaveTextsResult> {
  const before = found(
    await tx.petition.findUnique({
      where: { id: input.id },
      select: { title: true, body: true, translations: true, version: true },
    }),
    "petition",
  );
  const columns = { title: input.title, body: input.body };
  const updated = await tx.petition.updateMany({
    where: { id: input.id, version: input.version },
    data: { ...columns, version: { increment: 1 } },
  });
  if (updated.count === 0)
    return { status: "conflict", current: { title: before.title, body: before.body }, version: before.version };
  const translations = await applyTranslations(
    tx,
    { entity: "petition", entityId: input.id },
    before.translations,
    columns,
    translationEdits(input, Object.keys(PETITION_TRANSLATED)),
  );
  await tx.petition.update({ where: { id: input.id }, data: { translations }, select: { id: true } });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "update",
    entityType: "Petition",
    entityId: input.id,
    before: { title: before.title, body: before.body, translations: before.translations },
    after: { ...columns, translations },
  });
  return { status: "ok" };
}
