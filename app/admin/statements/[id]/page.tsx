import Link from "next/link";
import { notFound } from "next/navigation";
import {
  ActionForm,
  ConflictNotice,
  HiddenField,
  SelectField,
  TextArea,
  TextField,
} from "@/components/admin/action-form";
import { StatementFields } from "@/components/admin/statement-fields";
import { requireStaff } from "@/lib/auth/session";
import { getStatementChoices, getStatementForEdit } from "@/lib/statements/get-statement-for-edit";
import { publicationOf, statementFormValues } from "@/lib/statements/statement-edit-fields";
import { addQuoteAction, removeQuoteAction, updateStatementAction } from "../actions";

export const metadata = { title: "Edit statement" };

export default async function EditStatementPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff();
  const { id } = await params;
  const [statement, choices] = await Promise.all([getStatementForEdit(staff, id), getStatementChoices(staff)]);
  if (!statement) notFound();
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{statement.title}</h1>
        {publicationOf(statement) === "PUBLISHED" && (
          <Link href={`/statements/${statement.slug}`} className="underline">
            Public page
          </Link>
        )}
      </div>
      <ActionForm action={updateStatementAction} submitLabel="Save statement" className="rounded bg-white p-4">
        <ConflictNotice />
        <HiddenField name="id" value={statement.id} />
        <HiddenField name="version" value={statement.version} />
        <StatementFields
          values={statementFormValues(statement)}
          organisations={choices.organisations}
          detainees={choices.detainees}
          selectedOrganisationIds={statement.signatories.map((s) => s.organisationId)}
          selectedDetaineeIds={statement.detainees.map((d) => d.detaineeId)}
        />
      </ActionForm>

      <section aria-labelledby="quotes-heading" className="space-y-3 rounded bg-white p-4">
        <h2 id="quotes-heading" className="text-xl font-semibold">
          Quotes
        </h2>
        <ul className="space-y-2">
          {statement.quotes.map((quote) => (
            <li key={quote.id} className="flex flex-wrap items-start gap-3">
              <blockquote className="border-l-4 pl-3">
                “{quote.text}” — {quote.speaker.name}
                {quote.speaker.role ? `, ${quote.speaker.role}` : ""}
              </blockquote>
              <form action={removeQuoteAction}>
                <input type="hidden" name="id" value={quote.id} />
                <button type="submit" className="text-sm text-red-800 underline">
                  Remove quote
                </button>
              </form>
            </li>
          ))}
        </ul>
        <ActionForm action={addQuoteAction} submitLabel="Add quote">
          <HiddenField name="statementId" value={statement.id} />
          <TextArea name="text" label="Quote" rows={3} />
          <div className="grid gap-3 md:grid-cols-3">
            <SelectField
              name="speakerId"
              label="Speaker"
              options={[
                { value: "", label: "— new speaker —" },
                ...choices.speakers.map((s) => ({ value: s.id, label: s.role ? `${s.name} (${s.role})` : s.name })),
              ]}
            />
            <TextField name="newSpeakerName" label="New speaker's name" />
            <TextField name="newSpeakerRole" label="New speaker's role" />
          </div>
        </ActionForm>
      </section>
    </div>
  );
}
