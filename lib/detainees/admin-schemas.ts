import { z } from "zod";
import { parsePartialDate, type PartialDate } from "@/lib/dates/parse-partial-date";
import { CaseEventType, Certainty, DetentionStatus, NameScript, Visibility } from "@/lib/db/generated/enums";
import { translationShape } from "@/lib/translations/translation-input";
import { optionalText } from "@/lib/validation/text-fields";
import { publicNoteFields } from "@/lib/history/public-note-schema";

export const partialDateField = z
  .string()
  .trim()
  .transform((value, ctx): PartialDate | null => {
    if (value === "") return null;
    const parsed = parsePartialDate(value);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: "Write the date as YYYY, YYYY-MM or YYYY-MM-DD (a real date)." });
      return z.NEVER;
    }
    return parsed;
  });

const requiredPartialDate = partialDateField.refine(
  (value) => value !== null,
  "Enter a date: YYYY, YYYY-MM or YYYY-MM-DD.",
);

const optionalUrl = z
  .string()
  .trim()
  .max(2000)
  .refine(
    (value) => value === "" || /^https?:\/\/\S+$/.test(value),
    "Enter a web address starting with https:// or http://.",
  )
  .transform((value) => (value === "" ? null : value));

export const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter a slug (the address of the profile).")
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens, e.g. zaur-gurbanli.");

const version = z.coerce.number().int().min(1);

/** A profile's public texts translated in its form (field → maximum length); the name is kept per script instead. */
export const DETAINEE_TRANSLATED = { occupation: 200, placeOfDetention: 300, sentence: 500, bio: 10000 };

export const detaineeFieldsSchema = z.object({
  displayName: z.string().trim().min(1, "Enter the name shown on the profile.").max(200),
  slug: slugField,
  occupation: optionalText(200),
  bio: optionalText(10000),
  status: z.enum(DetentionStatus, "Choose a status."),
  statusCertainty: z.enum(Certainty, "Choose how certain the status is."),
  statusConfirmedOn: partialDateField,
  arrestDate: partialDateField,
  placeOfDetention: optionalText(300),
  sentence: optionalText(500),
  releaseDate: partialDateField,
  releaseType: optionalText(200),
  photoCredit: optionalText(300),
  photoLicence: optionalText(200),
  photoSourceUrl: optionalUrl,
  published: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
  ...translationShape(DETAINEE_TRANSLATED),
});

export const createDetaineeSchema = detaineeFieldsSchema;
export const updateDetaineeSchema = detaineeFieldsSchema.extend({
  id: z.string().min(1),
  version,
  ...publicNoteFields,
});

export const detaineeNameSchema = z.object({
  detaineeId: z.string().min(1),
  name: z.string().trim().min(1, "Enter the spelling.").max(200),
  script: z.enum(NameScript, "Choose a script."),
  lang: optionalText(20).refine(
    (value) => value === null || /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(value),
    "Use a language tag like az, ru or en.",
  ),
});

export const CHARGE_TRANSLATED = { description: 500 };

export const chargeSchema = z.object({
  detaineeId: z.string().min(1),
  description: z.string().trim().min(1, "Describe the charge.").max(500),
  article: optionalText(50),
  code: optionalText(100),
  addedOn: partialDateField,
  droppedOn: partialDateField,
  ...publicNoteFields,
  ...translationShape(CHARGE_TRANSLATED),
});

/** The az and ru texts of a charge already recorded (its English is fixed once entered). */
export const translateChargeSchema = z.object({
  id: z.string().min(1),
  basis: z.string().max(64),
  ...translationShape(CHARGE_TRANSLATED),
});

export const newSourceFields = {
  newSourcePublisher: optionalText(200),
  newSourceTitle: optionalText(300),
  newSourceUrl: optionalUrl,
};

/** An event's public texts, translated in its form (field → maximum length). */
export const EVENT_TRANSLATED = { title: 300, description: 5000 };

export const eventSchema = z
  .object({
    detaineeId: z.string().min(1),
    type: z.enum(CaseEventType, "Choose the kind of event."),
    occurredOn: requiredPartialDate,
    title: z.string().trim().min(1, "Enter a title.").max(300),
    description: optionalText(5000),
    visibility: z.enum(Visibility),
    sourceIds: z.array(z.string().min(1)).default([]),
    ...newSourceFields,
    ...publicNoteFields,
    ...translationShape(EVENT_TRANSLATED),
  })
  .superRefine((value, ctx) => {
    if ((value.newSourceUrl || value.newSourceTitle) && !value.newSourcePublisher) {
      ctx.addIssue({ code: "custom", path: ["newSourcePublisher"], message: "Name the publisher of the new source." });
    }
    if (value.newSourcePublisher && !value.newSourceTitle) {
      ctx.addIssue({ code: "custom", path: ["newSourceTitle"], message: "Give the new source a title." });
    }
  });

export const updateEventSchema = eventSchema.and(z.object({ id: z.string().min(1), version }));
