import Link from "next/link";
import { ActionForm, HiddenField } from "@/components/admin/action-form";
import { TranslatedFields } from "@/components/admin/translated-fields";
import { requireStaff } from "@/lib/auth/session";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { listOrganisationsAndCasesForTranslation } from "@/lib/organisations/list-organisations-and-cases-for-translation";
import { getTranslationStamps } from "@/lib/translations/get-translation-stamps";
import { translationFormValues } from "@/lib/translations/translation-input";
import { translationStatuses } from "@/lib/translations/translation-status";
import { translationsBasis } from "@/lib/translations/translations-basis";
import { translateCaseAction, translateOrganisationAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getAdminTranslations("adminTranslations.records"))("title") };
}

export default async function OrganisationAndCaseTranslationsPage() {
  const staff = await requireStaff();
  const [{ organisations, cases }, t] = await Promise.all([
    listOrganisationsAndCasesForTranslation(staff),
    getAdminTranslations("adminTranslations.records"),
  ]);
  const [orgStamps, caseStamps] = await Promise.all([
    getTranslationStamps(
      staff,
      "organisation",
      organisations.map((o) => o.id),
    ),
    getTranslationStamps(
      staff,
      "case",
      cases.map((c) => c.id),
    ),
  ]);
  const section = "space-y-4 rounded bg-white p-4";
  return (
    <div className="space-y-8">
      <Link href="/admin/translations" className="underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <section aria-labelledby="cases-heading" className={section}>
        <h2 id="cases-heading" className="text-xl font-semibold">
          {t("casesHeading")}
        </h2>
        {cases.map((record) => {
          const english = { title: record.title, summary: record.summary };
          return (
            <ActionForm
              key={record.id}
              action={translateCaseAction}
              submitLabel={t("saveCase", { title: record.title })}
              className="border-b border-stone-200 pb-4"
            >
              <HiddenField name="id" value={record.id} />
              <HiddenField name="basis" value={translationsBasis(record.translations)} />
              <TranslatedFields
                fields={[
                  { name: "title", label: t("caseTitle") },
                  { name: "summary", label: t("caseSummary"), multiline: true, rows: 4 },
                ]}
                values={{
                  title: record.title,
                  summary: record.summary ?? "",
                  ...translationFormValues(record.translations, Object.keys(english)),
                }}
                statuses={translationStatuses(english, record.translations, caseStamps.get(record.id) ?? [])}
                anchorPrefix={`case-${record.id}-`}
                englishReadOnly
              />
            </ActionForm>
          );
        })}
      </section>
      <section aria-labelledby="organisations-heading" className={section}>
        <h2 id="organisations-heading" className="text-xl font-semibold">
          {t("organisationsHeading")}
        </h2>
        {organisations.map((record) => {
          const english = { name: record.name, shortName: record.shortName, description: record.description };
          return (
            <ActionForm
              key={record.id}
              action={translateOrganisationAction}
              submitLabel={t("saveOrganisation", { name: record.name })}
              className="border-b border-stone-200 pb-4"
            >
              <HiddenField name="id" value={record.id} />
              <HiddenField name="basis" value={translationsBasis(record.translations)} />
              <TranslatedFields
                fields={[
                  { name: "name", label: t("organisationName") },
                  { name: "shortName", label: t("organisationShortName") },
                  { name: "description", label: t("organisationDescription"), multiline: true, rows: 3 },
                ]}
                values={{
                  name: record.name,
                  shortName: record.shortName ?? "",
                  description: record.description ?? "",
                  ...translationFormValues(record.translations, Object.keys(english)),
                }}
                statuses={translationStatuses(english, record.translations, orgStamps.get(record.id) ?? [])}
                anchorPrefix={`organisation-${record.id}-`}
                englishReadOnly
              />
            </ActionForm>
          );
        })}
      </section>
    </div>
  );
}
