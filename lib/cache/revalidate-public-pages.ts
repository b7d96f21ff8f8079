import "server-only";
import { revalidatePath } from "next/cache";
import { locales, localePath } from "@/lib/i18n/routing";

/**
 * Public pages are cached (ISR). After staff change published content, call this so
 * the next visitor gets fresh pages within seconds instead of after REVALIDATE_SECONDS.
 * Paths are locale-free ("/detainees/some-slug"); every locale's copy is refreshed.
 */
export function revalidatePublicPages(paths: string[]) {
  for (const locale of locales) {
    for (const path of ["/", ...paths]) {
      // Pages are stored under their internal [locale] path, English included.
      revalidatePath(locale === "en" ? `/en${path === "/" ? "" : path}` : localePath(locale, path));
    }
  }
}
