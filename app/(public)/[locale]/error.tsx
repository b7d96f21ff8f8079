"use client";

import { useLocale, useTranslations } from "next-intl";
import { localePath, type Locale } from "@/lib/i18n/routing";
import { ErrorNotice } from "@/components/site/error-notice";
import type { ErrorPageProps } from "@/components/site/error-page-props";

/** An unexpected failure in a public page, in the visitor's language, inside the site's header and footer. */
export default function PublicError({ error, retry }: ErrorPageProps) {
  const t = useTranslations("error");
  const locale = useLocale() as Locale;
  const text = { title: t("title"), body: t("body"), retry: t("retry"), reference: t("reference"), home: t("home") };
  return <ErrorNotice text={text} digest={error.digest} retry={retry} homeHref={localePath(locale, "/")} />;
}
