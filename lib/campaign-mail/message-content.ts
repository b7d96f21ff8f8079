import { z } from "zod";
import { locales, type Locale } from "@/lib/i18n/locale-path";

export type MessageText = { subject: string; body: string };
/** Every language is required: each signer gets the message in the language they signed in. */
export type MessageContent = Record<Locale, MessageText>;

const subject = z
  .string()
  .trim()
  .min(3, "Write a subject.")
  .max(150, "Keep the subject under 150 characters.")
  .refine((value) => !/[\r\n]/.test(value), "A subject is one line.");
const body = z.string().trim().min(20, "Write the message (at least 20 characters).").max(20_000);

/** The form's fields: subject_en, body_en, subject_az, ... */
export const messageContentFields = z.object(
  Object.fromEntries(
    locales.flatMap((locale) => [
      [`subject_${locale}`, subject],
      [`body_${locale}`, body],
    ]),
  ) as Record<`subject_${Locale}` | `body_${Locale}`, typeof subject>,
);

export function contentFromFields(fields: z.output<typeof messageContentFields>): MessageContent {
  return Object.fromEntries(
    locales.map((locale) => [locale, { subject: fields[`subject_${locale}`], body: fields[`body_${locale}`] }]),
  ) as MessageContent;
}

export function fieldsFromContent(content: MessageContent): Record<string, string> {
  return Object.fromEntries(
    locales.flatMap((locale) => [
      [`subject_${locale}`, content[locale].subject],
      [`body_${locale}`, content[locale].body],
    ]),
  );
}

const stored = z.object(
  Object.fromEntries(locales.map((l) => [l, z.object({ subject: z.string(), body: z.string() })])),
);

/** The stored JSON, checked: a row written by hand must not reach a signer half empty. */
export function readContent(json: unknown): MessageContent {
  return stored.parse(json) as MessageContent;
}
