import fs from "node:fs";
import path from "node:path";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locale-path";
import type en from "@/messages/en/mirror.json";

export type MirrorText = typeof en;
const cache = new Map<Locale, MirrorText>();

/**
 * The mirror's own texts in a page's language (its `<html lang>`). Read from
 * messages/ like the app's (lib/i18n/load-messages.ts): the mirror is built both by
 * the server's job and by `npm run mirror` outside Next.
 */
export function mirrorText(lang: string): { locale: Locale; text: MirrorText } {
  const locale = isLocale(lang) ? lang : defaultLocale;
  let text = cache.get(locale);
  if (!text) {
    text = JSON.parse(
      fs.readFileSync(path.join(process.cwd(), "messages", locale, "mirror.json"), "utf8"),
    ) as MirrorText;
    cache.set(locale, text);
  }
  return { locale, text };
}

export function mirrorDate(date: Date, locale: Locale): string {
  const formatted = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });
  return `${formatted.format(date)} UTC`;
}
