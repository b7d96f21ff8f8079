"use client";

import { useTranslations } from "next-intl";
import type { TranslationStatus } from "@/lib/translations/translation-status";
import {
  accurateInputName,
  TRANSLATION_LOCALES,
  translationAnchor,
  translationInputName,
} from "@/lib/translations/translation-input";
import { CheckboxField, TextArea, TextField } from "./action-form";

export type TranslatedFieldSpec = {
  name: string;
  label: string;
  multiline?: boolean;
  rows?: number;
  required?: boolean;
};

/**
 * A form's public texts in English, Azerbaijani and Russian: three fieldsets, side by
 * side on wide screens and stacked on narrow ones, so it needs no script to switch.
 * Each translation says whether it is missing or older than its English, and a stale
 * one offers "still accurate" to re-stamp it without retyping. Every translated field
 * has an anchor (`#tr-title-az`) the translation queue links to.
 */
export function TranslatedFields({
  fields,
  values,
  statuses = {},
  anchorPrefix = "",
  englishReadOnly = false,
  originalLegend,
}: {
  fields: TranslatedFieldSpec[];
  values: Record<string, string>;
  statuses?: Record<string, TranslationStatus>;
  anchorPrefix?: string;
  /** Show the English as text, for records whose English is not edited here. */
  englishReadOnly?: boolean;
  /** The first fieldset's legend when the original need not be English (a quote as spoken). */
  originalLegend?: string;
}) {
  const t = useTranslations("adminTranslations");
  const fieldset = "min-w-0 space-y-3 rounded border border-stone-300 p-3";
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <fieldset className={fieldset} lang={originalLegend ? undefined : "en"}>
        <legend className="px-1 font-semibold">{originalLegend ?? t("englishLegend")}</legend>
        {fields.map((field) =>
          englishReadOnly ? (
            <div key={field.name}>
              <p className="font-medium">{field.label}</p>
              <p className="whitespace-pre-line">{values[field.name]}</p>
            </div>
          ) : (
            <Field key={field.name} spec={field} name={field.name} label={field.label} value={values[field.name]} />
          ),
        )}
      </fieldset>
      {TRANSLATION_LOCALES.map((locale) => {
        const language = t(`language.${locale}`);
        return (
          <fieldset key={locale} className={fieldset} lang={locale}>
            <legend className="px-1 font-semibold">{t("translationLegend", { language })}</legend>
            {fields.map((field) => {
              const name = translationInputName(field.name, locale);
              const status = statuses[name];
              return (
                <div
                  key={name}
                  id={translationAnchor(field.name, locale, anchorPrefix)}
                  className="scroll-mt-4 space-y-1"
                >
                  <Field
                    spec={{ ...field, required: false }}
                    name={name}
                    label={t("fieldIn", { field: field.label, language })}
                    value={values[name]}
                    hint={status === "missing" ? t("missing") : status === "stale" ? t("stale") : undefined}
                  />
                  {status === "stale" && (
                    <CheckboxField
                      name={accurateInputName(field.name, locale)}
                      label={t("stillAccurate", { field: field.label, language })}
                    />
                  )}
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}

function Field({
  spec,
  name,
  label,
  value,
  hint,
}: {
  spec: TranslatedFieldSpec;
  name: string;
  label: string;
  value?: string;
  hint?: string;
}) {
  return spec.multiline ? (
    <TextArea name={name} label={label} defaultValue={value} rows={spec.rows ?? 4} hint={hint} />
  ) : (
    <TextField name={name} label={label} defaultValue={value} required={spec.required} hint={hint} />
  );
}
