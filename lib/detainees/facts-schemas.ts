import { z } from "zod";
import { parsePartialDate } from "@/lib/dates/parse-partial-date";
import { NameScript } from "@/lib/db/generated/enums";
import { locales } from "@/lib/i18n/routing";
import { optionalText } from "@/lib/validation/text-fields";
import { partialDateField } from "./admin-schemas";
import { CLAIM_FIELDS } from "./fact-fields";

const checkbox = z.preprocess((value) => value === "on" || value === "true", z.boolean());
const id = z.string().trim().max(64);

const optionalUrl = z
  .string()
  .trim()
  .max(2000)
  .refine(
    (value) => value === "" || /^https?:\/\/\S+$/.test(value),
    "Enter a web address starting with https:// or http://.",
  )
  .transform((value) => (value === "" ? null : value));

/** An existing source (`sourceId`) or a new one typed in the same form. */
export const sourceChoiceFields = {
  sourceId: id.transform((value) => (value === "" ? null : value)),
  newSourcePublisher: optionalText(200),
  newSourceTitle: optionalText(300),
  newSourceUrl: optionalUrl,
  newSourceArchiveUrl: optionalUrl,
  newSourceDate: partialDateField,
};

export type SourceChoice = {
  sourceId: string | null;
  newSourcePublisher: string | null;
  newSourceTitle: string | null;
  newSourceUrl: string | null;
  newSourceArchiveUrl: string | null;
  newSourceDate: { date: Date; precision: "DAY" | "MONTH" | "YEAR" } | null;
};

export function hasNewSource(choice: SourceChoice): boolean {
  return Boolean(
    choice.newSourcePublisher ||
    choice.newSourceTitle ||
    choice.newSourceUrl ||
    choice.newSourceArchiveUrl ||
    choice.newSourceDate,
  );
}

export function hasSource(choice: SourceChoice): boolean {
  return choice.sourceId !== null || hasNewSource(choice);
}

function checkSourceChoice(value: SourceChoice, ctx: z.RefinementCtx) {
  if (!hasNewSource(value)) return;
  if (value.sourceId) {
    ctx.addIssue({
      code: "custom",
      path: ["sourceId"],
      message: "Choose an existing source or describe a new one, not both.",
    });
  }
  if (!value.newSourcePublisher) {
    ctx.addIssue({ code: "custom", path: ["newSourcePublisher"], message: "Name the publisher of the new source." });
  }
  if (!value.newSourceTitle) {
    ctx.addIssue({ code: "custom", path: ["newSourceTitle"], message: "Give the new source a title." });
  }
}

const NEEDS_SOURCE = "Choose a source, or describe a new one.";

export const nameVariantSchema = z
  .object({
    detaineeId: id.min(1),
    nameId: id.transform((value) => (value === "" ? null : value)).default(""),
    name: z.string().trim().min(1, "Enter the name.").max(200, "Use at most 200 characters."),
    script: z.enum(NameScript, "Choose a script."),
    lang: z.enum(locales, "Choose the language whose pages may show this name."),
    isPrimary: checkbox,
    transliteration: checkbox,
    ...sourceChoiceFields,
  })
  .superRefine((value, ctx) => {
    checkSourceChoice(value, ctx);
    if (!value.transliteration && !hasSource(value)) {
      ctx.addIssue({
        code: "custom",
        path: ["sourceId"],
        message: "Choose the source that gives this spelling, or mark it as your own transliteration.",
      });
    }
    if (value.transliteration && hasSource(value)) {
      ctx.addIssue({
        code: "custom",
        path: ["transliteration"],
        message: "A spelling a source gives is not your transliteration: untick this or remove the source.",
      });
    }
  });

export const factSourceSchema = z
  .object({
    detaineeId: id.min(1),
    field: z.string().trim().min(1, "Choose the fact this source backs.").max(80),
    note: optionalText(500),
    ...sourceChoiceFields,
  })
  .superRefine((value, ctx) => {
    checkSourceChoice(value, ctx);
    if (!hasSource(value)) ctx.addIssue({ code: "custom", path: ["sourceId"], message: NEEDS_SOURCE });
  });

export const factClaimSchema = z
  .object({
    detaineeId: id.min(1),
    field: z.enum(CLAIM_FIELDS, "Choose the fact the sources disagree on."),
    value: z.string().trim().min(1, "Enter what this source says.").max(500, "Use at most 500 characters."),
    otherSources: checkbox,
    note: optionalText(500),
    ...sourceChoiceFields,
  })
  .superRefine((value, ctx) => {
    checkSourceChoice(value, ctx);
    if (value.field === "arrestDate" && !parsePartialDate(value.value)) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: "Write the date as YYYY, YYYY-MM or YYYY-MM-DD (a real date).",
      });
    }
    if (value.otherSources && hasSource(value)) {
      ctx.addIssue({
        code: "custom",
        path: ["otherSources"],
        message: "Either name the source or say it is unnamed, not both.",
      });
    }
    if (!value.otherSources && !hasSource(value)) {
      ctx.addIssue({
        code: "custom",
        path: ["sourceId"],
        message: "Choose a source, describe a new one, or tick “other sources, unnamed”.",
      });
    }
  });

export const factRowSchema = z.object({ id: id.min(1) });
