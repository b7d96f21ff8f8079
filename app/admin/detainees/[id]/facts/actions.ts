"use server";

import { invalid, ok } from "@/lib/actions/action-result";
import { staffAction, staffButtonAction } from "@/lib/actions/staff-action";
import { refreshPublicPages } from "@/lib/cache/refresh-public-pages";
import { addFactClaim } from "@/lib/detainees/add-fact-claim";
import { attachFactSource } from "@/lib/detainees/attach-fact-source";
import { factClaimSchema, factRowSchema, factSourceSchema, nameVariantSchema } from "@/lib/detainees/facts-schemas";
import { removeDetaineeName } from "@/lib/detainees/remove-detainee-name";
import { removeFactClaim } from "@/lib/detainees/remove-fact-claim";
import { removeFactSource } from "@/lib/detainees/remove-fact-source";
import { saveDetaineeName } from "@/lib/detainees/save-detainee-name";
import { getAdminActionTranslations } from "@/lib/i18n/admin-action-translations";

export const saveNameVariantAction = staffAction(
  { schema: nameVariantSchema },
  async ({ afterCommit, input, values, ...context }) => {
    const t = await getAdminActionTranslations("adminFacts");
    const result = await saveDetaineeName(context, input);
    if (result.status === "duplicate") return invalid({ name: [t("names.duplicate")] }, { values });
    afterCommit(refreshPublicPages);
    return ok({ message: t(input.nameId ? "names.saved" : "names.added") });
  },
);

export const removeNameVariantAction = staffButtonAction(
  { schema: factRowSchema },
  async ({ afterCommit, input, ...context }) => {
    await removeDetaineeName(context, input.id);
    afterCommit(refreshPublicPages);
    return ok({ message: "Removed." });
  },
);

export const attachFactSourceAction = staffAction(
  { schema: factSourceSchema },
  async ({ afterCommit, input, values, ...context }) => {
    const t = await getAdminActionTranslations("adminFacts");
    const result = await attachFactSource(context, input);
    if (result.status === "unknown-fact") return invalid({ field: [t("sources.unknownFact")] }, { values });
    afterCommit(refreshPublicPages);
    return ok({ message: t("sources.attached") });
  },
);

export const removeFactSourceAction = staffButtonAction(
  { schema: factRowSchema },
  async ({ afterCommit, input, ...context }) => {
    await removeFactSource(context, input.id);
    afterCommit(refreshPublicPages);
    return ok({ message: "Removed." });
  },
);

export const addFactClaimAction = staffAction(
  { schema: factClaimSchema },
  async ({ afterCommit, input, values, ...context }) => {
    const t = await getAdminActionTranslations("adminFacts");
    const result = await addFactClaim(context, input);
    if (result.status === "duplicate") return invalid({ value: [t("claims.duplicate")] }, { values });
    afterCommit(refreshPublicPages);
    return ok({ message: t("claims.added") });
  },
);

export const removeFactClaimAction = staffButtonAction(
  { schema: factRowSchema },
  async ({ afterCommit, input, ...context }) => {
    await removeFactClaim(context, input.id);
    afterCommit(refreshPublicPages);
    return ok({ message: "Removed." });
  },
);
