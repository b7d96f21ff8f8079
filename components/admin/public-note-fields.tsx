"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextArea } from "./action-form";

/**
 * The public note a save that changes a public fact must carry (the profile's change
 * history shows it). `sources` adds a choice of source; the event form has its own.
 */
export function PublicNoteFields({ sources }: { sources?: { id: string; publisher: string; title: string }[] }) {
  const t = useTranslations("adminHistory");
  return (
    <fieldset className="space-y-3 rounded border border-stone-300 p-3 md:col-span-2">
      <legend className="px-1 font-medium">{t("legend")}</legend>
      <p className="text-sm text-stone-700">{t("hint")}</p>
      <SelectField
        name="publicNoteKind"
        label={t("kind")}
        defaultValue="UPDATE"
        options={[
          { value: "UPDATE", label: t("kindUpdate") },
          { value: "CORRECTION", label: t("kindCorrection") },
        ]}
      />
      <TextArea name="publicNote" label={t("note")} rows={2} />
      {sources ? (
        <SelectField
          name="publicNoteSourceId"
          label={t("source")}
          defaultValue=""
          options={[
            { value: "", label: t("noSource") },
            ...sources.map((s) => ({ value: s.id, label: `${s.publisher}: ${s.title}` })),
          ]}
        />
      ) : null}
    </fieldset>
  );
}
