"use client";

import { usePathname } from "next/navigation";
import { ErrorNotice } from "@/components/site/error-notice";
import type { ErrorPageProps } from "@/components/site/error-page-props";
import { localePath, type Locale } from "@/lib/i18n/routing";
import en from "@/messages/en/error.json";
import az from "@/messages/az/error.json";
import ru from "@/messages/ru/error.json";
import "./globals.css";

const messages: Record<Locale, typeof en> = { en, az, ru };

/**
 * The last resort, when a root layout itself fails: it replaces the whole document,
 * so no layout, translation provider or header is left. The language comes from the
 * address, the texts from the same message files as the public site's error page.
 */
export default function GlobalError({ error, retry }: ErrorPageProps) {
  const pathname = usePathname() ?? "/";
  const prefix = pathname.split("/")[1];
  const locale: Locale = prefix === "az" || prefix === "ru" ? prefix : "en";
  const admin = pathname.startsWith("/admin");
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <main id="main">
          <ErrorNotice
            text={messages[locale]}
            digest={error.digest}
            retry={retry}
            homeHref={admin ? "/admin" : localePath(locale, "/")}
          />
        </main>
      </body>
    </html>
  );
}
