"use client";

import { usePathname } from "next/navigation";
import { localePath, locales, stripLocale, type Locale } from "@/lib/i18n/locale-path";

const names: Record<Locale, string> = { en: "English", az: "Azərbaycanca", ru: "Русский" };

// A client component only to read the current path; it renders plain links, so it
// works the same with JavaScript off. Texts come as props: no i18n library on the client.
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = stripLocale(usePathname() ?? "/");
  return (
    <nav aria-label={label}>
      <ul className="flex gap-3 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={localePath(locale, pathname)}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              className={locale === current ? "font-semibold underline" : "underline-offset-2 hover:underline"}
            >
              {names[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
