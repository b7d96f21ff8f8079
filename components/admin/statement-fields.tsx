"use client";

import { useTranslations } from "next-intl";
import type { TranslationStatus } from "@/lib/translations/translation-status";
import { SelectField, TextField } from "./action-form";
import { TranslatedFields } from "./translated-fields";

function Checklist({
  legend,
  name,
  items,
  selected,
}: {
  legend: string;
  name: string;
  items: { id: string; label: string }[];
  selected: string[];
}) {
  return (
    <fieldset className="rounded border border-stone-300 p-3">
      <legend className="px-1 font-medium">{legend}</legend>
      <div className="max-h-48 space-y-1 overflow-y-auto">
        {items.map((item) => (
          <div key={item.id} className="flex items-start gap-2">
            <input
              type="checkbox"
              id={`${name}-${item.id}`}
              name={name}
              value={item.id}
              defaultChecked={selected.includes(item.id)}
              className="mt-1 h-4 w-4"
            />
            <label htmlFor={`${name}-${item.id}`}>{item.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** A statement's fields, shared by the create and edit forms; title, summary and text in three languages. */
export function StatementFields({
  values,
  organisations,
  detainees,
  selectedOrganisationIds = [],
  selectedDetaineeIds = [],
  statuses,
}: {
  values: Record<string, string>;
  organisations: { id: string; name: string }[];
  detainees: { id: string; displayName: string }[];
  selectedOrganisationIds?: string[];
  selectedDetaineeIds?: string[];
  statuses?: Record<string, TranslationStatus>;
}) {
  const t = useTranslations("adminStatements.fields");
  const kindOptions = ["JOINT_STATEMENT", "PRESS_RELEASE", "UN_STATEMENT", "OTHER"].map((value) => ({
    value,
    label: t(`kinds.${value}`),
  }));
  const publicationOptions = ["DRAFT", "SCHEDULED", "PUBLISHED"].map((value) => ({
    value,
    label: t(`publications.${value}`),
  }));
  return (
    <div className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <TextField name="slug" label={t("slug")} defaultValue={values.slug} hint={t("slugHint")} required />
        <SelectField
          name="kind"
          label={t("kind")}
          defaultValue={values.kind || "JOINT_STATEMENT"}
          options={kindOptions}
        />
        <SelectField
          name="publication"
          label={t("publication")}
          defaultValue={values.publication || "DRAFT"}
          options={publicationOptions}
        />
        <TextField
          name="publishAt"
          label={t("publishAt")}
          type="datetime-local"
          defaultValue={values.publishAt}
          hint={t("publishAtHint")}
        />
      </div>
      <p className="text-sm text-stone-700">{t("bodyHint")}</p>
      <TranslatedFields
        fields={[
          { name: "title", label: t("title"), required: true },
          { name: "summary", label: t("summary"), multiline: true, rows: 2 },
          { name: "body", label: t("body"), multiline: true, rows: 12 },
        ]}
        values={values}
        statuses={statuses}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-2">
          <Checklist
            legend={t("organisations")}
            name="organisationIds"
            items={organisations.map((o) => ({ id: o.id, label: o.name }))}
            selected={selectedOrganisationIds}
          />
          <TextField name="newOrganisationName" label={t("newOrganisation")} />
        </div>
        <Checklist
          legend={t("detainees")}
          name="detaineeIds"
          items={detainees.map((d) => ({ id: d.id, label: d.displayName }))}
          selected={selectedDetaineeIds}
        />
      </div>
    </div>
  );
}
