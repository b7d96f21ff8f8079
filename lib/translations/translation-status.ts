import { englishHash } from "./english-hash";

export type TranslationStatus = "current" | "missing" | "stale" | "none";
export type StampRow = { field: string; locale: string; englishHash: string };

/**
 * Where one field stands in one language: "none" when there is no English to
 * translate, "missing" with no translation, "stale" when the English changed after the
 * translation was made (its stamp names other English). A translation without a
 * stamp (older data) counts as current: nothing says it is out of date.
 */
export function translationStatus(
  english: string | null | undefined,
  translations: unknown,
  stamps: readonly StampRow[],
  field: string,
  locale: string,
): TranslationStatus {
  if (!english?.trim()) return "none";
  const text = (translations as Record<string, Record<string, unknown> | undefined> | null)?.[locale]?.[field];
  if (typeof text !== "string" || text.trim() === "") return "missing";
  const stamp = stamps.find((s) => s.field === field && s.locale === locale);
  if (stamp && stamp.englishHash !== englishHash(english)) return "stale";
  return "current";
}

/** The status of every field and language, keyed like the form inputs (`title__az`). */
export function translationStatuses(
  english: Record<string, string | null | undefined>,
  translations: unknown,
  stamps: readonly StampRow[],
  locales: readonly string[] = ["az", "ru"],
): Record<string, TranslationStatus> {
  const statuses: Record<string, TranslationStatus> = {};
  for (const [field, value] of Object.entries(english)) {
    for (const locale of locales) {
      statuses[`${field}__${locale}`] = translationStatus(value, translations, stamps, field, locale);
    }
  }
  return statuses;
}
