"use client";

import { useTranslations } from "next-intl";
import { ErrorNotice } from "@/components/site/error-notice";
import type { ErrorPageProps } from "@/components/site/error-page-props";

/** An unexpected failure in an admin page, inside the admin header, in the language staff chose. */
export default function AdminError({ error, retry }: ErrorPageProps) {
  const t = useTranslations("adminErrors");
  const text = {
    title: t("errorTitle"),
    body: t("errorBody"),
    retry: t("retry"),
    reference: t("reference"),
    home: t("back"),
  };
  return <ErrorNotice text={text} digest={error.digest} retry={retry} homeHref="/admin" />;
}
