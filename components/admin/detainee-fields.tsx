"use client";

import { useTranslations } from "next-intl";
import type { TranslationStatus } from "@/lib/translations/translation-status";
import { CheckboxField, SelectField, TextField } from "./action-form";
import { certaintyOptions, statusOptions } from "./options";
import { TranslatedFields } from "./translated-fields";

/** The profile fields, shared by the create and edit forms; the public texts in three languages. */
export function DetaineeFields({
  values,
  statuses,
}: {
  values: Record<string, string>;
  statuses?: Record<string, TranslationStatus>;
}) {
  const t = useTranslations("adminDetainees.fields");
  const status = useTranslations("status");
  const common = useTranslations("adminCommon");
  const dateHint = t("dateHint");
  return (
    <div className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <TextField name="displayName" label={t("displayName")} defaultValue={values.displayName} required />
        <TextField name="slug" label={t("slug")} defaultValue={values.slug} hint={t("slugHint")} required />
        <SelectField
          name="status"
          label={t("status")}
          defaultValue={values.status || "IN_DETENTION"}
          options={statusOptions(status)}
        />
        <SelectField
          name="statusCertainty"
          label={t("statusCertainty")}
          defaultValue={values.statusCertainty || "KNOWN"}
          options={certaintyOptions(common)}
        />
        <TextField
          name="statusConfirmedOn"
          label={t("statusConfirmedOn")}
          defaultValue={values.statusConfirmedOn}
          hint={dateHint}
        />
        <TextField name="arrestDate" label={t("arrestDate")} defaultValue={values.arrestDate} hint={dateHint} />
        <TextField name="releaseDate" label={t("releaseDate")} defaultValue={values.releaseDate} hint={dateHint} />
        <TextField name="releaseType" label={t("releaseType")} defaultValue={values.releaseType} />
        <TextField name="photoCredit" label={t("photoCredit")} defaultValue={values.photoCredit} />
        <TextField name="photoLicence" label={t("photoLicence")} defaultValue={values.photoLicence} />
        <TextField name="photoSourceUrl" label={t("photoSourceUrl")} defaultValue={values.photoSourceUrl} type="url" />
      </div>
      <TranslatedFields
        fields={[
          { name: "occupation", label: t("occupation") },
          { name: "placeOfDetention", label: t("placeOfDetention") },
          { name: "sentence", label: t("sentence") },
          { name: "bio", label: t("bio"), multiline: true, rows: 5 },
        ]}
        values={values}
        statuses={statuses}
      />
      <CheckboxField name="published" label={t("published")} defaultChecked={values.published === "on"} />
    </div>
  );
}
