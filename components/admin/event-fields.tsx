"use client";

import { useTranslations } from "next-intl";
import type { TranslationStatus } from "@/lib/translations/translation-status";
import { SelectField, TextField } from "./action-form";
import { eventTypeOptions, visibilityOptions } from "./options";
import { TranslatedFields } from "./translated-fields";

/** Event fields with sources: tick existing ones, or add a new one inline; title and description in three languages. */
export function EventFields({
  values,
  sources,
  selectedSourceIds = [],
  statuses,
}: {
  values: Record<string, string>;
  sources: { id: string; publisher: string; title: string }[];
  selectedSourceIds?: string[];
  statuses?: Record<string, TranslationStatus>;
}) {
  const t = useTranslations("adminDetainees.event");
  const common = useTranslations("adminCommon");
  return (
    <div className="space-y-4">
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField
          name="type"
          label={t("type")}
          defaultValue={values.type || "HEARING"}
          options={eventTypeOptions(common)}
        />
        <TextField name="occurredOn" label={t("date")} defaultValue={values.occurredOn} hint={t("dateHint")} required />
        <SelectField
          name="visibility"
          label={t("visibility")}
          defaultValue={values.visibility || "PUBLIC"}
          options={visibilityOptions(common)}
        />
      </div>
      <TranslatedFields
        fields={[
          { name: "title", label: t("title"), required: true },
          { name: "description", label: t("description"), multiline: true, rows: 3 },
        ]}
        values={values}
        statuses={statuses}
      />
      <fieldset className="rounded border border-stone-300 p-3">
        <legend className="px-1 font-medium">{t("sources")}</legend>
        <div className="max-h-48 space-y-1 overflow-y-auto">
          {sources.map((source) => (
            <div key={source.id} className="flex items-start gap-2">
              <input
                type="checkbox"
                id={`source-${source.id}`}
                name="sourceIds"
                value={source.id}
                defaultChecked={selectedSourceIds.includes(source.id)}
                className="mt-1 h-4 w-4"
              />
              <label htmlFor={`source-${source.id}`}>
                {source.publisher}: {source.title}
              </label>
            </div>
          ))}
        </div>
        <p className="mt-3 font-medium">{t("newSource")}</p>
        <div className="grid gap-3 md:grid-cols-3">
          <TextField name="newSourcePublisher" label={t("newSourcePublisher")} />
          <TextField name="newSourceTitle" label={t("newSourceTitle")} />
          <TextField name="newSourceUrl" label={t("newSourceUrl")} type="url" />
        </div>
      </fieldset>
    </div>
  );
}
