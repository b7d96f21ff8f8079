import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locale-path";
import { Link } from "@/lib/i18n/navigation";
import { Container } from "@/components/ui/container";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader() {
  const t = await getTranslations("site");
  const locale = (await getLocale()) as Locale;
  return (
    <header className="site-header border-b border-stone-200 bg-white">
      <Container className="flex flex-wrap items-center justify-between gap-3 py-3">
        <Link href="/" className="text-xl font-bold text-brand-800">
          {t("name")}
        </Link>
        <nav aria-label={t("nav.label")} className="no-print">
          <ul className="flex flex-wrap gap-4 text-sm font-medium">
            <li>
              <Link href="/" className="hover:underline">
                {t("nav.home")}
              </Link>
            </li>
            <li>
              <Link href="/detainees" className="hover:underline">
                {t("nav.detainees")}
              </Link>
            </li>
            <li>
              <Link href="/statements" className="hover:underline">
                {t("nav.statements")}
              </Link>
            </li>
            <li>
              <Link href="/numbers" className="hover:underline">
                {t("nav.numbers")}
              </Link>
            </li>
            <li>
              <Link href="/press" className="hover:underline">
                {t("nav.press")}
              </Link>
            </li>
          </ul>
        </nav>
        <div className="no-print">
          <LanguageSwitcher current={locale} label={t("language")} />
        </div>
      </Container>
    </header>
  );
}
