"use client";

import { useParams } from "next/navigation";
import { defaultLocale, isLocale, localePath } from "@/lib/i18n/locale-path";
import { ErrorNotice } from "@/components/site/error-notice";
import type { ErrorPageProps } from "@/components/site/error-page-props";
import en from "@/messages/en/error.json";
import az from "@/messages/az/error.json";
import ru from "@/messages/ru/error.json";

// The three languages' few error strings are bundled here rather than sent through a
// client i18n provider on every page: readers then download no i18n library at all.
const texts = { en, az, ru };

/** An unexpected failure in a public page, in the visitor's language, inside the site's header and footer. */
export default function PublicError({ error, retry }: ErrorPageProps) {
  const param = useParams<{ locale: string }>()?.locale ?? "";
  const locale = isLocale(param) ? param : defaultLocale;
  return <ErrorNotice text={texts[locale]} digest={error.digest} retry={retry} homeHref={localePath(locale, "/")} />;
}
