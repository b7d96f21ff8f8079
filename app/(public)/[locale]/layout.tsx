import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale } from "@/lib/i18n/routing";
import { siteIcons } from "@/lib/site/site-icons";
import { SiteHeader } from "@/components/site/site-header";
import { SiteFooter } from "@/components/site/site-footer";
import "../../globals.css";

// Pages are rendered on first request and then served from the cache until the
// admin area revalidates them (or their `revalidate` period passes): the build needs no database.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "site" });
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline"), icons: siteIcons };
}

export default async function PublicLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("site");
  const { error } = await getMessages();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2"
        >
          {t("skipToContent")}
        </a>
        {/* Client components get their texts as props (docs/decisions/009-page-weight.md),
            except error.tsx: without a provider around the page, a failed page was sent as
            Next's bare error shell instead of the localised message (e2e/error-pages.spec.ts). */}
        <SiteHeader />
        <main id="main">
          <NextIntlClientProvider messages={{ error }}>{children}</NextIntlClientProvider>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
