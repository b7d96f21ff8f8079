"use server";

import { z } from "zod";
import { invalid, ok } from "@/lib/actions/action-result";
import { conflictResult } from "@/lib/actions/conflict-result";
import { redirectTo, staffAction, staffButtonAction } from "@/lib/actions/staff-action";
import { refreshPublicPages } from "@/lib/cache/refresh-public-pages";
import { addQuote } from "@/lib/statements/add-quote";
import {
  quoteSchema,
  statementFieldsSchema,
  translateQuoteSchema,
  updateStatementSchema,
} from "@/lib/statements/admin-schemas";
import { getAdminActionTranslations } from "@/lib/i18n/admin-action-translations";
import { translateQuote } from "@/lib/statements/translate-quote";
import { removeQuote } from "@/lib/statements/remove-quote";
import { saveStatement } from "@/lib/statements/save-statement";
import { statementLabels } from "@/lib/statements/statement-edit-fields";

const results = () => getAdminActionTranslations("adminStatements.results");
const slugTaken = async () => ({ slug: [(await results())("slugTaken")] });
const ARRAYS = ["organisationIds", "detaineeIds"];

export const createStatementAction = staffAction(
  { schema: statementFieldsSchema, arrays: ARRAYS },
  async ({ afterCommit, input, values, ...context }) => {
    const result = await saveStatement(context, input);
    if (result.status === "slug-taken") return invalid(await slugTaken(), { values });
    if (result.status === "conflict") return invalid({}, { formError: (await results())("couldNotSave"), values });
    afterCommit(refreshPublicPages);
    return redirectTo(`/admin/statements/${result.id}`);
  },
);

const RESULT_KEYS = { DRAFT: "draft", SCHEDULED: "scheduled", PUBLISHED: "published" } as const;

export const updateStatementAction = staffAction(
  { schema: updateStatementSchema, arrays: ARRAYS },
  async ({ afterCommit, input, values, ...context }) => {
    const result = await saveStatement(context, input, { id: input.id, version: input.version });
    if (result.status === "slug-taken") return invalid(await slugTaken(), { values });
    if (result.status === "conflict") return conflictResult(values, result.current, result.version, statementLabels);
    afterCommit(refreshPublicPages);
    return ok({
      message: (await getAdminActionTranslations("adminStatements.results"))(RESULT_KEYS[input.publication]),
    });
  },
);

export const addQuoteAction = staffAction({ schema: quoteSchema }, async ({ afterCommit, input, ...context }) => {
  await addQuote(context, input);
  afterCommit(refreshPublicPages);
  return ok({ message: (await getAdminActionTranslations("adminStatements.results"))("quoteAdded") });
});

export const translateQuoteAction = staffAction(
  { schema: translateQuoteSchema },
  async ({ afterCommit, input, ...context }) => {
    await translateQuote(context, input);
    afterCommit(refreshPublicPages);
    return ok({ message: (await getAdminActionTranslations("adminStatements.quotes"))("translationsSaved") });
  },
);

export const removeQuoteAction = staffButtonAction(
  { schema: z.object({ id: z.string().min(1).max(64) }) },
  async ({ afterCommit, input, ...context }) => {
    await removeQuote(context, input.id);
    afterCommit(refreshPublicPages);
    return ok({ message: (await getAdminActionTranslations("adminStatements.results"))("quoteRemoved") });
  },
);
