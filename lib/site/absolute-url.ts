import "server-only";
import { env } from "@/lib/config/env";
import { localePath, type Locale } from "@/lib/i18n/routing";

/** The public base URL (APP_URL) without a trailing slash. */
export function siteOrigin(): string {
  return env().APP_URL.replace(/\/+$/, "");
}

/** The absolute public URL of a locale-free path in `locale`: permalinks, feeds, citations. */
export function absoluteUrl(path: string, locale: Locale = "en"): string {
  return `${siteOrigin()}${localePath(locale, path)}`;
}
