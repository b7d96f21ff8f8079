import type { Locale } from "@/lib/i18n/routing";

export type ConsentRow = { version: number; locale: string; text: string };

/**
 * The notice a signer on a `locale` page is shown: the current (highest) version,
 * in the page's language, else in English. Older versions are never shown, even
 * when the newest one lacks a translation: a signer agrees to the current terms.
 */
export function consentFor(rows: readonly ConsentRow[], locale: Locale): ConsentRow | null {
  const version = Math.max(...rows.map((row) => row.version));
  const current = rows.filter((row) => row.version === version);
  return (
    current.find((row) => row.locale === locale) ?? current.find((row) => row.locale === "en") ?? current[0] ?? null
  );
}
