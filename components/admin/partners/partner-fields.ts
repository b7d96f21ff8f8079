import type { PartnerFormField } from "./partner-action-form";

type T = (key: string) => string;

/** The partner's own fields, for the add and edit forms. */
export function partnerFields(
  t: T,
  partner?: { name: string; code: string; url: string; origin: string },
): PartnerFormField[] {
  return [
    { name: "name", label: t("fields.name"), required: true, defaultValue: partner?.name },
    { name: "code", label: t("fields.code"), hint: t("fields.codeHint"), required: true, defaultValue: partner?.code },
    {
      name: "url",
      label: t("fields.url"),
      hint: t("fields.urlHint"),
      required: true,
      type: "url",
      defaultValue: partner?.url,
    },
    { name: "origin", label: t("fields.origin"), hint: t("fields.originHint"), defaultValue: partner?.origin },
  ];
}
