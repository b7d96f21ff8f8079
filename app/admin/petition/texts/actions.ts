"use server";

import { ok } from "@/lib/actions/action-result";
import { conflictResult } from "@/lib/actions/conflict-result";
import { staffAction } from "@/lib/actions/staff-action";
import { refreshPublicPages } from "@/lib/cache/refresh-public-pages";
import { campaignTextsSchema, petitionTextsSchema } from "@/lib/campaign/admin-schemas";
import { saveCampaignTexts, savePetitionTexts } from "@/lib/campaign/save-campaign-texts";
import { getAdminActionTranslations } from "@/lib/i18n/admin-action-translations";

async function labels() {
  const t = await getAdminActionTranslations("adminPetitionTexts.fields");
  return {
    headline: t("headline"),
    callToAction: t("callToAction"),
    summary: t("summary"),
    title: t("title"),
    body: t("body"),
  };
}

export const saveCampaignTextsAction = staffAction(
  { schema: campaignTextsSchema },
  async ({ afterCommit, input, values, ...context }) => {
    const result = await saveCampaignTexts(context, input);
    if (result.status === "conflict") return conflictResult(values, result.current, result.version, await labels());
    afterCommit(refreshPublicPages);
    return ok({ message: (await getAdminActionTranslations("adminPetitionTexts"))("campaignSaved") });
  },
);

export const savePetitionTextsAction = staffAction(
  { schema: petitionTextsSchema },
  async ({ afterCommit, input, values, ...context }) => {
    const result = await savePetitionTexts(context, input);
    if (result.status === "conflict") return conflictResult(values, result.current, result.version, await labels());
    afterCommit(refreshPublicPages);
    return ok({ message: (await getAdminActionTranslations("adminPetitionTexts"))("petitionSaved") });
  },
);
