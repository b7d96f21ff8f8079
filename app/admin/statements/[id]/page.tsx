import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, ConflictNotice, HiddenField, SelectField, TextField } from "@/components/admin/action-form";
import { StatementFields } from "@/components/admin/statement-fields";
import { TranslatedFields } from "@/components/admin/translated-fields";
import { requireStaff } from "@/lib/auth/session";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { getStatementChoices, getStatementForEdit } from "@/lib/statements/get-statement-for-edit";
import { publicationOf, statementFormValues } from "@/lib/statements/statement-edit-fields";
import { getTranslationStamps } from "@/lib/translations/get-translation-stamps";
import { translationFormValues } from "@/lib/translations/translation-input";
import { translationStatuses } from "@/lib/translations/translation-status";
import { translationsBasis } from "@/lib/translations/translations-basis";
import { addQuoteAction, removeQuoteAction, translateQuoteAction, updateStatementAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getAdminTranslations("adminStatements.edit"))("metaTitle") };
}

export default async function EditStatementPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff();
  const { id } = await params;
  const [statement, choices, t, tq] = await Promise.all([
    getStatementForEdit(staff, id),
    getStatementChoices(staff),
    getAdminTranslations("adminStatements.edit"),
    getAdminTranslations("adminStatements.quotes"),
  ]);
  if (!statement) notFound();
  const [stamps, quoteStamps] = await Promise.all([
    getTranslationStamps(staff, "statement", [statement.id]),
    getTranslationStamps(
      staff,
      "quote",
      statement.quotes.map((q) => q.id),
    ),
  ]);
  const english = { title: statement.title, summary: statement.summary, body: statement.body };
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{statement.title}</h1>
        {publicationOf(statement) === "PUBLISHED" && (
          <Link href={`/statements/${statement.slug}`} className="underline">
            {t("publicPage")}
          </Link>
        )}
      </div>
      <ActionForm action={updateStatementAction} submitLabel={t("save")} className="rounded bg-white p-4">
        <ConflictNotice />
        <HiddenField name="id" value={statement.id} />
        <HiddenField name="version" value={statement.version} />
        <StatementFields
          values={{
            ...statementFormValues(statement),
            ...translationFormValues(statement.translations, Object.keys(english)),
          }}
          statuses={translationStatuses(english, statement.translations, stamps.get(statement.id) ?? [])}
          organisations={choices.organisations}
          detainees={choices.detainees}
          selectedOrganisationIds={statement.signatories.map((s) => s.organisationId)}
          selectedDetaineeIds={statement.detainees.map((d) => d.detaineeId)}
        />
      </ActionForm>

      <section aria-labelledby="quotes-heading" className="space-y-3 rounded bg-white p-4">
        <h2 id="quotes-heading" className="text-xl font-semibold">
          {tq("heading")}
        </h2>
        <p className="text-sm text-stone-700">{tq("original")}</p>
        <ul className="space-y-4">
          {statement.quotes.map((quote) => {
            const statuses = translationStatuses(
              { text: quote.text },
              quote.translations,
              quoteStamps.get(quote.id) ?? [],
            );
            return (
              <li key={quote.id} className="space-y-2 border-b border-stone-200 pb-4">
                <div className="flex flex-wrap items-start gap-3">
                  <blockquote className="border-l-4 pl-3">
                    “{quote.text}” — {quote.speaker.name}
                    {quote.speaker.role ? `, ${quote.speaker.role}` : ""}
                  </blockquote>
                  <form action={removeQuoteAction}>
                    <input type="hidden" name="id" value={quote.id} />
                    <button type="submit" className="text-sm text-red-800 underline">
                      {tq("remove")}
                    </button>
                  </form>
                </div>
                <details open={Object.values(statuses).some((status) => status !== "current")}>
                  <summary className="cursor-pointer text-sm underline">{tq("translate")}</summary>
                  <ActionForm action={translateQuoteAction} submitLabel={tq("saveTranslations")} className="mt-2">
                    <HiddenField name="id" value={quote.id} />
                    <HiddenField name="basis" value={translationsBasis(quote.translations)} />
                    <TranslatedFields
                      fields={[{ name: "text", label: tq("text"), multiline: true, rows: 3 }]}
                      values={{ text: quote.text, ...translationFormValues(quote.translations, ["text"]) }}
                      statuses={statuses}
                      anchorPrefix={`quote-${quote.id}-`}
                      englishReadOnly
                      originalLegend={tq("originalLegend")}
                    />
                  </ActionForm>
                </details>
              </li>
            );
          })}
        </ul>
        <ActionForm action={addQuoteAction} submitLabel={tq("add")}>
          <HiddenField name="statementId" value={statement.id} />
          <div className="grid gap-3 md:grid-cols-3">
            <SelectField
              name="speakerId"
              label={tq("speaker")}
              options={[
                { value: "", label: tq("newSpeakerOption") },
                ...choices.speakers.map((s) => ({ value: s.id, label: s.role ? `${s.name} (${s.role})` : s.name })),
              ]}
            />
            <TextField name="newSpeakerName" label={tq("newSpeakerName")} />
            <TextField name="newSpeakerRole" label={tq("newSpeakerRole")} />
          </div>
          <TranslatedFields
            fields={[{ name: "text", label: tq("text"), multiline: true, rows: 3 }]}
            values={{}}
            anchorPrefix="quote-new-"
            originalLegend={tq("originalLegend")}
          />
        </ActionForm>
      </section>
    </div>
  );
}
