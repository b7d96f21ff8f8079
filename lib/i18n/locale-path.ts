// Kept free of next-intl so client components (the language switcher, error pages)
// can use it without shipping next-intl's client bundle to readers.
export const locales = ["en", "az", "ru"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The public URL path of `pathname` (locale-free, e.g. "/detainees/x") in `locale`. */
export function localePath(locale: Locale, pathname: string): string {
  const clean = pathname.startsWith("/") ? pathname : `/${pathname}`;
  if (locale === defaultLocale) return clean;
  return clean === "/" ? `/${locale}` : `/${locale}${clean}`;
}

/** The locale-free path of a public URL path ("/az/detainees" -> "/detainees"). */
export function stripLocale(pathname: string): string {
  const match = /^\/(en|az|ru)(?=\/|$)/.exec(pathname);
  return match ? pathname.slice(match[0].length) || "/" : pathname;
}
