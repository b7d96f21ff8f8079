"use server";

import { ok } from "@/lib/actions/action-result";
import { staffAction } from "@/lib/actions/staff-action";
import { refreshPublicPages } from "@/lib/cache/refresh-public-pages";
import { getAdminActionTranslations } from "@/lib/i18n/admin-action-translations";
import { translateCaseSchema, translateOrganisationSchema } from "@/lib/organisations/admin-schemas";
import { translateCase, translateOrganisation } from "@/lib/organisations/translate-organisation-or-case";

export const translateOrganisationAction = staffAction(
  { schema: translateOrganisationSchema },
  async ({ afterCommit, input, ...context }) => {
    await translateOrganisation(context, input);
    afterCommit(refreshPublicPages);
    return ok({ message: (await getAdminActionTranslations("adminTranslations.records"))("saved") });
  },
);

export const translateCaseAction = staffAction(
  { schema: translateCaseSchema },
  async ({ afterCommit, input, ...context }) => {
    await translateCase(context, input);
    afterCommit(refreshPublicPages);
    return ok({ message: (await getAdminActionTranslations("adminTranslations.records"))("saved") });
  },
);
