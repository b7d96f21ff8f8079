import { TextArea, TextField } from "@/components/admin/action-form";
import { locales } from "@/lib/i18n/locale-path";

type Labels = { language: Record<(typeof locales)[number], string>; subject: string; body: string; hint: string };

/** Subject and body in every language: each signer gets the one they signed in, so none may be left empty. */
export function CampaignMessageFields({ labels, values }: { labels: Labels; values?: Record<string, string> }) {
  return (
    <>
      {locales.map((locale) => (
        <fieldset key={locale} lang={locale} className="space-y-3 rounded border border-stone-300 p-3">
          <legend className="px-1 font-semibold">{labels.language[locale]}</legend>
          <TextField
            name={`subject_${locale}`}
            label={labels.subject}
            defaultValue={values?.[`subject_${locale}`]}
            required
          />
          <TextArea
            name={`body_${locale}`}
            label={labels.body}
            hint={labels.hint}
            rows={8}
            defaultValue={values?.[`body_${locale}`]}
          />
        </fieldset>
      ))}
    </>
  );
}

export async function campaignFieldLabels(t: (key: string) => string): Promise<Labels> {
  return {
    language: { en: t("fields.en"), az: t("fields.az"), ru: t("fields.ru") },
    subject: t("fields.subject"),
    body: t("fields.body"),
    hint: t("fields.bodyHint"),
  };
}
