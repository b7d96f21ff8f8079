import { getTranslations } from "next-intl/server";
import { translatedField } from "@/lib/i18n/translated-field";
import type { Locale } from "@/lib/i18n/routing";

/**
 * A content field in the reader's language, or in English when staff have not
 * translated it yet: then marked as English (`lang="en"`, so screen readers switch
 * voice) and labelled, so nobody mistakes it for a translation.
 */
export async function TranslatedText({
  value,
  translations,
  field,
  locale,
}: {
  value: string;
  translations: unknown;
  field: string;
  locale: Locale;
}) {
  const text = translatedField(value, translations, field, locale);
  if (!text.isFallback) return <>{text.value}</>;
  return (
    <>
      <span lang="en">{text.value}</span> <EnglishBadge />
    </>
  );
}

/** The mark beside a text shown in English because it has no translation yet. */
export async function EnglishBadge() {
  const t = await getTranslations("detainee");
  return (
    <span
      className="rounded bg-stone-200 px-1 align-middle text-xs font-normal tracking-normal text-stone-800 normal-case"
      title={t("translationMissing")}
    >
      EN<span className="sr-only"> ({t("translationMissing")})</span>
    </span>
  );
}
