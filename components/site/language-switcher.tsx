"use client";

import { Suspense } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { localePath, locales, stripLocale, type Locale } from "@/lib/i18n/locale-path";

const names: Record<Locale, string> = { en: "English", az: "Azərbaycanca", ru: "Русский" };

type Props = { current: Locale; label: string };

// A client component only to read the current address; it renders plain links, so it
// works the same with JavaScript off. Texts come as props: no i18n library on the client.
// The query string goes along, so switching language on /detainees keeps the search
// and the filters. Pages rendered per request (/detainees) have it in their HTML; on
// cached pages the links start without it (the fallback) and gain it once hydrated.
export function LanguageSwitcher(props: Props) {
  return (
    <Suspense fallback={<LanguageLinks {...props} search="" />}>
      <LanguageLinksWithQuery {...props} />
    </Suspense>
  );
}

function LanguageLinksWithQuery(props: Props) {
  const query = useSearchParams()?.toString() ?? "";
  return <LanguageLinks {...props} search={query ? `?${query}` : ""} />;
}

function LanguageLinks({ current, label, search }: Props & { search: string }) {
  const pathname = stripLocale(usePathname() ?? "/");
  return (
    <nav aria-label={label}>
      <ul className="flex gap-3 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={`${localePath(locale, pathname)}${search}`}
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
