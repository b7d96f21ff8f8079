import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./locale-path";

export { isLocale, localePath, locales, type Locale } from "./locale-path";

export const routing = defineRouting({
  locales,
  defaultLocale,
  // English at the root, others under /az and /ru.
  localePrefix: "as-needed",
  // The URL alone decides the language: pages stay cacheable for everyone and no
  // cookie is set on visitors.
  localeDetection: false,
  localeCookie: false,
});
