import Link from "next/link";
import { ActionForm, HiddenField, TextField } from "@/components/admin/action-form";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { requireStaff } from "@/lib/auth/session";
import { FRESH_CODE_ERRORS } from "@/lib/auth/check-fresh-code";
import { getPetitionStaffSummary } from "@/lib/petition/get-petition-staff-summary";
import { listInvalidations } from "@/lib/petition/list-invalidations";
import { previewInvalidation } from "@/lib/petition/preview-invalidation";
import { signatureFilterFromForm } from "@/lib/petition/staff-filter-form";
import {
  approveSuspectSignaturesAction,
  invalidateSignaturesAction,
  setPetitionGoalAction,
  setPetitionStatusAction,
  undoInvalidationAction,
} from "./actions";

export const metadata = { title: "Petition" };

type Search = Record<string, string | undefined>;
const FILTER_KEYS = [
  "status",
  "suspect",
  "country",
  "emailDomain",
  "createdFrom",
  "createdTo",
  "nameContains",
] as const;
const input = "mt-1 block rounded border border-stone-500 bg-white px-2 py-1";
const CODE_HINT = "Dangerous action: type the code your authenticator shows now (the sign-in code does not count).";

function FreshCodeField() {
  return (
    <TextField
      name="code"
      label="Authenticator code"
      hint={CODE_HINT}
      autoComplete="one-time-code"
      inputMode="numeric"
      required
    />
  );
}

export default async function PetitionAdminPage({ searchParams }: { searchParams: Promise<Search> }) {
  const staff = await requireStaff();
  const search = await searchParams;
  const summary = await getPetitionStaffSummary(staff);
  if (!summary) return <p>There is no petition in this campaign yet.</p>;
  const { petition, counts, suspects } = summary;

  const previewing = search.preview === "1";
  const filter = previewing ? signatureFilterFromForm({ ...search, petitionId: petition.id }) : null;
  const preview = filter?.status === "ok" ? await previewInvalidation(staff, filter.filter) : null;
  const isAdmin = staff.role === "ADMIN";
  const invalidations = isAdmin ? await listInvalidations(staff, { petitionId: petition.id }) : [];
  const exportError =
    search.exportError === "wrong" || search.exportError === "blocked" ? FRESH_CODE_ERRORS[search.exportError] : null;

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Petition: {petition.title}</h1>
      <Link href="/admin/petition/texts" className="underline">
        {(await getAdminTranslations("adminPetitionTexts"))("title")}
      </Link>
      {/^\d+$/.test(search.invalidated ?? "") && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {search.invalidated} signatures invalidated. The public count drops at the next tally.
        </p>
      )}
      {/^\d+$/.test(search.restored ?? "") && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {search.restored} signatures restored. Confirmed ones count again from the next tally.
        </p>
      )}
      {/^\d+$/.test(search.approved ?? "") && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {search.approved} suspect signatures approved. Confirmed ones count from the next tally.
        </p>
      )}

      <section aria-labelledby="counts-heading" className="space-y-2 rounded bg-white p-4">
        <h2 id="counts-heading" className="text-xl font-semibold">
          Counts
        </h2>
        <dl className="grid grid-cols-2 gap-2 md:grid-cols-5">
          {[
            ["Public count", counts.public],
            ["Confirmed", counts.confirmed],
            ["Awaiting confirmation", counts.pending],
            ["Suspect, to review", counts.suspect],
            ["Invalidated", counts.invalidated],
          ].map(([label, value]) => (
            <div key={label} className="rounded border p-2">
              <dt className="text-sm">{label}</dt>
              <dd className="text-2xl font-bold">{Number(value).toLocaleString("en")}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-stone-700">
          The public count is updated in batches; it lags the confirmed count by seconds.
        </p>
      </section>

      <section id="export" aria-labelledby="export-heading" className="space-y-2 rounded bg-white p-4">
        <h2 id="export-heading" className="text-xl font-semibold">
          Export for delivery
        </h2>
        {isAdmin ? (
          <form method="post" action="/admin/petition/export" className="space-y-3">
            <input type="hidden" name="petitionId" value={petition.id} />
            <div>
              <label htmlFor="export-code" className="block font-medium">
                Authenticator code
              </label>
              <p id="export-code-hint" className="text-sm text-stone-700">
                {CODE_HINT}
              </p>
              <input
                id="export-code"
                name="code"
                required
                autoComplete="one-time-code"
                inputMode="numeric"
                aria-invalid={exportError ? true : undefined}
                aria-describedby={exportError ? "export-code-hint export-code-error" : "export-code-hint"}
                className="mt-1 block w-full max-w-xs rounded border border-stone-500 bg-white px-3 py-2"
              />
              {exportError && (
                <p id="export-code-error" className="text-sm font-medium text-red-800">
                  {exportError}
                </p>
              )}
            </div>
            <button type="submit" className="rounded bg-stone-800 px-4 py-2 font-semibold text-white">
              Download confirmed signatures (CSV)
            </button>
          </form>
        ) : (
          <p>Only an admin can export signers&apos; names.</p>
        )}
      </section>

      <section aria-labelledby="settings-heading" className="grid gap-4 rounded bg-white p-4 md:grid-cols-2">
        <h2 id="settings-heading" className="text-xl font-semibold md:col-span-2">
          Status and goal
        </h2>
        {isAdmin ? (
          <ActionForm
            action={setPetitionStatusAction}
            submitLabel={petition.status === "OPEN" ? "Close the petition" : "Open the petition"}
            danger={petition.status === "OPEN"}
          >
            <PetitionState status={petition.status} />
            <HiddenField name="petitionId" value={petition.id} />
            <HiddenField name="status" value={petition.status === "OPEN" ? "CLOSED" : "OPEN"} />
            <FreshCodeField />
          </ActionForm>
        ) : (
          <div>
            <PetitionState status={petition.status} />
            <p>Only an admin can open or close the petition.</p>
          </div>
        )}
        <ActionForm action={setPetitionGoalAction} submitLabel="Set goal">
          <HiddenField name="petitionId" value={petition.id} />
          <TextField
            name="goal"
            label="Goal (signatures)"
            defaultValue={String(petition.goal)}
            inputMode="numeric"
            required
          />
        </ActionForm>
      </section>

      <section aria-labelledby="suspect-heading" className="space-y-2 rounded bg-white p-4">
        <h2 id="suspect-heading" className="text-xl font-semibold">
          Suspect signatures to review
        </h2>
        {suspects.length === 0 ? (
          <p>None.</p>
        ) : (
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left">
                <th scope="col" className="p-1">
                  Signed (UTC)
                </th>
                <th scope="col" className="p-1">
                  Name
                </th>
                <th scope="col" className="p-1">
                  Country
                </th>
                <th scope="col" className="p-1">
                  State
                </th>
                <th scope="col" className="p-1">
                  Why suspect
                </th>
              </tr>
            </thead>
            <tbody>
              {suspects.map((s) => (
                <tr key={s.id} className="border-t">
                  <td className="p-1">{s.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                  <td className="p-1">{s.name}</td>
                  <td className="p-1">{s.country}</td>
                  <td className="p-1">{s.status.toLowerCase()}</td>
                  <td className="p-1">{s.suspectReason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="text-sm">To invalidate them all, filter on “suspect: yes” below.</p>
      </section>

      <section aria-labelledby="invalidate-heading" className="space-y-3 rounded bg-white p-4">
        <h2 id="invalidate-heading" className="text-xl font-semibold">
          Invalidate signatures in bulk
        </h2>
        <p>
          First preview how many signatures a filter matches; then confirm with a reason. Invalidated signatures are
          kept, not deleted.
        </p>
        <form method="get" className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="preview" value="1" />
          <div className="text-sm font-medium">
            <label htmlFor="filter-status">State</label>
            <select id="filter-status" name="status" defaultValue={search.status ?? ""} className={input}>
              <option value="">Pending or confirmed</option>
              <option value="PENDING">Pending</option>
              <option value="CONFIRMED">Confirmed</option>
            </select>
          </div>
          <div className="text-sm font-medium">
            <label htmlFor="filter-suspect">Suspect</label>
            <select id="filter-suspect" name="suspect" defaultValue={search.suspect ?? ""} className={input}>
              <option value="">Any</option>
              <option value="yes">Yes</option>
              <option value="no">No</option>
            </select>
          </div>
          <div className="text-sm font-medium">
            <label htmlFor="filter-country">Country (2 letters)</label>
            <input
              id="filter-country"
              name="country"
              defaultValue={search.country ?? ""}
              maxLength={2}
              className={input}
            />
          </div>
          <div className="text-sm font-medium">
            <label htmlFor="filter-emailDomain">Email domain</label>
            <input
              id="filter-emailDomain"
              name="emailDomain"
              defaultValue={search.emailDomain ?? ""}
              className={input}
            />
          </div>
          <div className="text-sm font-medium">
            <label htmlFor="filter-createdFrom">Signed from</label>
            <input
              id="filter-createdFrom"
              type="date"
              name="createdFrom"
              defaultValue={search.createdFrom ?? ""}
              className={input}
            />
          </div>
          <div className="text-sm font-medium">
            <label htmlFor="filter-createdTo">Signed to</label>
            <input
              id="filter-createdTo"
              type="date"
              name="createdTo"
              defaultValue={search.createdTo ?? ""}
              className={input}
            />
          </div>
          <div className="text-sm font-medium">
            <label htmlFor="filter-nameContains">Name contains</label>
            <input
              id="filter-nameContains"
              name="nameContains"
              defaultValue={search.nameContains ?? ""}
              className={input}
            />
          </div>
          <button type="submit" className="rounded bg-stone-800 px-3 py-1.5 font-semibold text-white">
            Preview
          </button>
        </form>
        {filter && filter.status === "invalid" && (
          <p role="alert" className="rounded border border-red-700 bg-red-50 p-2 text-red-900">
            Check the filter:{" "}
            {Object.entries(filter.fieldErrors)
              .map(([field, errors]) => `${field}: ${errors.join(" ")}`)
              .join("; ")}
          </p>
        )}
        {preview && (
          <div className="space-y-2 rounded border border-amber-700 bg-amber-50 p-3">
            <p role="status">
              This filter matches <strong>{preview.count.toLocaleString("en")}</strong> signatures.
            </p>
            {preview.count > 0 && !isAdmin && <p>Only an admin can invalidate signatures.</p>}
            {preview.count > 0 && isAdmin && (
              <ActionForm
                action={invalidateSignaturesAction}
                submitLabel={`Invalidate ${preview.count} signatures`}
                danger
              >
                <HiddenField name="petitionId" value={petition.id} />
                <HiddenField name="expectedCount" value={preview.count} />
                {FILTER_KEYS.map((key) =>
                  search[key] ? <HiddenField key={key} name={key} value={search[key]!} /> : null,
                )}
                <TextField name="reason" label="Reason (kept with each signature)" required />
                <FreshCodeField />
              </ActionForm>
            )}
            {preview.count > 0 && filter?.status === "ok" && filter.filter.suspect === true && (
              <ActionForm
                action={approveSuspectSignaturesAction}
                submitLabel={`Approve ${preview.count} signatures as genuine`}
              >
                <p>Or, if you reviewed them and they are genuine, clear the suspect mark:</p>
                <HiddenField name="petitionId" value={petition.id} />
                <HiddenField name="expectedCount" value={preview.count} />
                {FILTER_KEYS.map((key) =>
                  search[key] ? <HiddenField key={key} name={key} value={search[key]!} /> : null,
                )}
              </ActionForm>
            )}
          </div>
        )}
      </section>

      {isAdmin && invalidations.length > 0 && (
        <section aria-labelledby="invalidations-heading" className="space-y-3 rounded bg-white p-4">
          <h2 id="invalidations-heading" className="text-xl font-semibold">
            Recent bulk invalidations
          </h2>
          <ul className="space-y-3">
            {invalidations.map((entry) => (
              <li key={entry.auditId} className="rounded border p-3">
                <p>
                  {entry.at.toISOString().slice(0, 16).replace("T", " ")} UTC, {entry.by}: {entry.count} signatures
                  invalidated (“{entry.reason}”); {entry.stillInvalidated} still invalidated.
                </p>
                {entry.stillInvalidated > 0 && (
                  <ActionForm
                    action={undoInvalidationAction}
                    submitLabel={`Undo: restore ${entry.stillInvalidated} signatures`}
                  >
                    <HiddenField name="auditId" value={entry.auditId} />
                    <FreshCodeField />
                  </ActionForm>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function PetitionState({ status }: { status: string }) {
  return (
    <p>
      Now: <strong>{status === "OPEN" ? "open" : status === "CLOSED" ? "closed" : "draft (not open yet)"}</strong>
    </p>
  );
}
