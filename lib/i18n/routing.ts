import { defineRouting } from "next-intl/routing";

export const locales = ["en", "az", "ru"] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: "en",
  // English at the root, others under /az and /ru.
  localePrefix: "as-needed",
  // The URL alone decides the language: pages stay cacheable for everyone and no
  // cookie is set on visitors.
  localeDetection: false,
  localeCookie: false,
});

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The public URL path of `pathname` (locale-free, e.g. "/detainees/x") in `locale`. */
export function localePath(locale: Locale, pathname: string): string {
  const clean = pathname.startsWith("/") ? pathname : `/${pathname}`;
  if (locale === routing.defaultLocale) return clean;
  return clean === "/" ? `/${locale}` : `/${locale}${clean}`;
}
