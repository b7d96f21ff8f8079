import { z } from "zod";
import { StatementKind } from "@/lib/db/generated/enums";
import { slugField } from "@/lib/detainees/admin-schemas";
import { translationShape } from "@/lib/translations/translation-input";
import { optionalText } from "@/lib/validation/text-fields";

/** "2026-12-01T09:00" from a datetime-local field, read as UTC (the form says so). */
const utcDateTime = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return null;
    const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/.exec(value);
    const date = match ? new Date(`${value.length === 16 ? `${value}:00` : value}Z`) : null;
    if (!date || Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: "Enter a date and time, e.g. 2026-12-01T09:00 (UTC)." });
      return z.NEVER;
    }
    return date;
  });

/** A statement's public texts translated in its form (field → maximum length). */
export const STATEMENT_TRANSLATED = { title: 300, summary: 1000, body: 100_000 };
/** A quote stays in its original language; these are marked translations of it. */
export const QUOTE_TRANSLATED = { text: 5000 };

export const statementFieldsSchema = z
  .object({
    title: z.string().trim().min(1, "Enter a title.").max(300),
    slug: slugField,
    summary: optionalText(1000),
    body: z.string().trim().min(1, "Write the statement (Markdown).").max(100_000),
    kind: z.enum(StatementKind, "Choose the kind of statement."),
    publication: z.enum(["DRAFT", "SCHEDULED", "PUBLISHED"], "Choose draft, scheduled or published."),
    publishAt: utcDateTime,
    organisationIds: z.array(z.string().min(1)).default([]),
    detaineeIds: z.array(z.string().min(1)).default([]),
    newOrganisationName: optionalText(200),
    ...translationShape(STATEMENT_TRANSLATED),
  })
  .superRefine((value, ctx) => {
    if (value.publication === "SCHEDULED" && (!value.publishAt || value.publishAt.getTime() <= Date.now())) {
      ctx.addIssue({
        code: "custom",
        path: ["publishAt"],
        message: "A scheduled statement needs a publication time in the future.",
      });
    }
  });

export const updateStatementSchema = statementFieldsSchema.and(
  z.object({ id: z.string().min(1), version: z.coerce.number().int().min(1) }),
);

export const quoteSchema = z
  .object({
    statementId: z.string().min(1),
    text: z.string().trim().min(1, "Enter the quote.").max(5000),
    speakerId: optionalText(64),
    newSpeakerName: optionalText(200),
    newSpeakerRole: optionalText(200),
    ...translationShape(QUOTE_TRANSLATED),
  })
  .superRefine((value, ctx) => {
    if (!value.speakerId && !value.newSpeakerName) {
      ctx.addIssue({ code: "custom", path: ["speakerId"], message: "Choose a speaker or name a new one." });
    }
  });

export const translateQuoteSchema = z.object({
  id: z.string().min(1).max(64),
  basis: z.string().max(64),
  ...translationShape(QUOTE_TRANSLATED),
});
