"use client";

import { useLocale, useTranslations } from "next-intl";
import { usePathname } from "@/lib/i18n/navigation";
import { localePath, locales } from "@/lib/i18n/routing";

const names: Record<(typeof locales)[number], string> = { en: "English", az: "Azərbaycanca", ru: "Русский" };

// A client component only to read the current path; it renders plain links, so it
// works the same with JavaScript off.
export function LanguageSwitcher() {
  const t = useTranslations("site");
  const pathname = usePathname();
  const current = useLocale();
  return (
    <nav aria-label={t("language")}>
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
