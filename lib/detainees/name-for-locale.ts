/**
 * The name a reader sees: the person's primary name for the page's locale
 * (Azerbaijani Latin on /az, Cyrillic on /ru, Latin on /en), else the English one.
 * Every public place that shows a person's name goes through here, so a heading,
 * a card, a share image, the API and the feed never disagree.
 *
 * Kept free of server-only imports: components, the API builders and tests use it.
 */
import type { Locale } from "@/lib/i18n/routing";

/** Select the primary names with a detainee (`names: primaryNamesSelect`). */
export const primaryNamesSelect = {
  where: { isPrimary: true },
  select: { name: true, lang: true, isPrimary: true },
} as const;

type Named = {
  displayName: string;
  names?: readonly { name: string; lang: string | null; isPrimary?: boolean }[];
};

export function nameForLocale(person: Named, locale: Locale | string): string {
  const primary = person.names?.find((n) => n.lang === locale && n.isPrimary !== false);
  return primary?.name ?? person.displayName;
}
