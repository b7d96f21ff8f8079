import { z } from "zod";
import { optionalText } from "@/lib/validation/text-fields";

/** The languages staff translate into; English is the column itself. */
export const TRANSLATION_LOCALES = ["az", "ru"] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

/** The form field holding the translation of `field` into `locale`, e.g. `title__az`. */
export const translationInputName = (field: string, locale: TranslationLocale) => `${field}__${locale}`;
/** The "translation still accurate" checkbox of one field and language. */
export const accurateInputName = (field: string, locale: TranslationLocale) => `accurate__${locale}__${field}`;
/** The anchor of a translated field in its form: the translation queue links to it. */
export const translationAnchor = (field: string, locale: string, prefix = "") => `tr-${prefix}${field}-${locale}`;

const translationText = (max: number) => optionalText(max).optional().default(null);
const accurateCheckbox = z
  .preprocess((value) => value === "on" || value === "true", z.boolean())
  .optional()
  .default(false);

type TranslationShape<F extends string> = {
  [K in `${F}__${TranslationLocale}`]: ReturnType<typeof translationText>;
} & { [K in `accurate__${TranslationLocale}__${F}`]: typeof accurateCheckbox };

/**
 * The zod shape of the az and ru inputs for `fields` (field → maximum length), to
 * spread into a form's schema beside the English columns.
 */
export function translationShape<F extends string>(fields: Record<F, number>): TranslationShape<F> {
  const shape: Record<string, z.ZodType> = {};
  for (const [field, max] of Object.entries(fields) as [F, number][]) {
    for (const locale of TRANSLATION_LOCALES) {
      shape[translationInputName(field, locale)] = translationText(max);
      shape[accurateInputName(field, locale)] = accurateCheckbox;
    }
  }
  return shape as TranslationShape<F>;
}

export type TranslationEdit = { field: string; locale: TranslationLocale; text: string | null; accurate: boolean };

/** The parsed translation inputs of `fields` as a list of edits. */
export function translationEdits(input: Record<string, unknown>, fields: readonly string[]): TranslationEdit[] {
  return fields.flatMap((field) =>
    TRANSLATION_LOCALES.map((locale) => {
      const text = input[translationInputName(field, locale)];
      return {
        field,
        locale,
        text: typeof text === "string" && text.trim() !== "" ? text : null,
        accurate: input[accurateInputName(field, locale)] === true,
      };
    }),
  );
}

/** A record's stored translations as the form values of its translation inputs. */
export function translationFormValues(translations: unknown, fields: readonly string[]): Record<string, string> {
  const stored = (translations ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const values: Record<string, string> = {};
  for (const field of fields) {
    for (const locale of TRANSLATION_LOCALES) {
      const text = stored[locale]?.[field];
      values[translationInputName(field, locale)] = typeof text === "string" ? text : "";
    }
  }
  return values;
}
