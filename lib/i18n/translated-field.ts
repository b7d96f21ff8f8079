import type { Locale } from "./routing";

export type Translated = { value: string; isFallback: boolean };

/**
 * Reads a content field in `locale` from a record's `translations` JSON
 * ({ az: { field: "..." } }), falling back to the English column. `isFallback`
 * lets the page mark text shown in English on a translated page.
 */
export function translatedField(
  englishValue: string,
  translations: unknown,
  field: string,
  locale: Locale,
): Translated {
  if (locale === "en") return { value: englishValue, isFallback: false };
  const forLocale = (translations as Record<string, Record<string, unknown>> | null)?.[locale];
  const candidate = forLocale?.[field];
  if (typeof candidate === "string" && candidate.trim() !== "") return { value: candidate, isFallback: false };
  return { value: englishValue, isFallback: true };
}
