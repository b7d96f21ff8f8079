import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getStaffSession } from "@/lib/auth/session";
import { AdminLanguageSwitch } from "@/components/admin/admin-language-switch";
import { getAdminLocale } from "@/lib/i18n/admin-locale";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { loadMessages } from "@/lib/i18n/load-messages";
import { siteIcons } from "@/lib/site/site-icons";
import "../globals.css";

// The admin area speaks the language staff chose (en, az, ru); its own root layout,
// never cached, never indexed.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Free Voices admin", template: "%s · Free Voices admin" },
  robots: { index: false, follow: false },
  icons: siteIcons,
};

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const staff = await getStaffSession();
  const locale = await getAdminLocale();
  const t = await getAdminTranslations("adminNav");
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-stone-100 font-sans text-stone-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2"
        >
          {t("skipToContent")}
        </a>
        <header className="border-b border-stone-300 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
            <Link href="/admin" className="font-bold">
              {t("siteName")}
            </Link>
            {staff && (
              <nav aria-label={t("navLabel")} className="flex flex-wrap gap-4">
                <Link href="/admin/detainees" className="underline">
                  {t("detainees")}
                </Link>
                <Link href="/admin/statements" className="underline">
                  {t("statements")}
                </Link>
                <Link href="/admin/petition" className="underline">
                  {t("petition")}
                </Link>
                <Link href="/admin/partners" className="underline">
                  {t("partners")}
                </Link>
                <Link href="/admin/press" className="underline">
                  {t("press")}
                </Link>
                <Link href="/admin/translations" className="underline">
                  {t("translations")}
                </Link>
                <Link href="/admin/mirror" className="underline">
                  {t("mirror")}
                </Link>
                {staff.role === "ADMIN" && (
                  <Link href="/admin/staff" className="underline">
                    {t("staff")}
                  </Link>
                )}
                {staff.role === "ADMIN" && (
                  <Link href="/admin/audit" className="underline">
                    {t("audit")}
                  </Link>
                )}
                <Link href="/admin/account" className="underline">
                  {t("account", { email: staff.email })}
                </Link>
              </nav>
            )}
            <AdminLanguageSwitch current={locale} label={t("language")} submit={t("switchLanguage")} />
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          <NextIntlClientProvider locale={locale} messages={await adminMessages(locale)}>
            {children}
          </NextIntlClientProvider>
        </main>
      </body>
    </html>
  );
}

// Client components in the admin area get the admin catalogues only, plus the public
// status labels: staff choose a status in the words readers will see.
async function adminMessages(locale: string) {
  const all = await loadMessages(locale);
  return Object.fromEntries(
    Object.entries(all).filter(([namespace]) => namespace.startsWith("admin") || namespace === "status"),
  );
}
