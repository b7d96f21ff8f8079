import Link from "next/link";
import { ActionForm, HiddenField, TextField } from "@/components/admin/action-form";
import { PartnerCounts } from "@/components/admin/partners/partner-counts";
import { requireStaff } from "@/lib/auth/session";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
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

export async function generateMetadata() {
  const t = await getAdminTranslations("adminPetition");
  return { title: t("metaTitle") };
}

type Translate = Awaited<ReturnType<typeof getAdminTranslations>>;

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

function FreshCodeField({ t }: { t: Translate }) {
  return (
    <TextField
      name="code"
      label={t("code")}
      hint={t("codeHint")}
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
  const t = await getAdminTranslations("adminPetition");
  if (!summary) return <p>{t("none")}</p>;
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
      <h1 className="text-2xl font-bold">{t("title", { title: petition.title })}</h1>
      <p>
        <Link href="/admin/petition/updates" className="font-semibold underline">
          {(await getAdminTranslations("adminCampaign"))("list.heading")}
        </Link>
      </p>
      <p>
        <Link href="/admin/petition/supporters" className="underline">
          {(await getAdminTranslations("adminSupporters"))("link")}
        </Link>
      </p>
      <p>
        <Link href="/admin/petition/texts" className="underline">
          {(await getAdminTranslations("adminPetitionTexts"))("title")}
        </Link>
      </p>
      {/^\d+$/.test(search.invalidated ?? "") && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {t("invalidated", { count: search.invalidated! })}
        </p>
      )}
      {/^\d+$/.test(search.restored ?? "") && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {t("restored", { count: search.restored! })}
        </p>
      )}
      {/^\d+$/.test(search.approved ?? "") && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {t("approved", { count: search.approved! })}
        </p>
      )}

      <section aria-labelledby="counts-heading" className="space-y-2 rounded bg-white p-4">
        <h2 id="counts-heading" className="text-xl font-semibold">
          {t("counts")}
        </h2>
        <dl className="grid grid-cols-2 gap-2 md:grid-cols-5">
          {[
            [t("publicCount"), counts.public],
            [t("confirmed"), counts.confirmed],
            [t("pending"), counts.pending],
            [t("suspect"), counts.suspect],
            [t("invalidatedCount"), counts.invalidated],
          ].map(([label, value]) => (
            <div key={label} className="rounded border p-2">
              <dt className="text-sm">{label}</dt>
              <dd className="text-2xl font-bold">{Number(value).toLocaleString("en")}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-stone-700">{t("countsHint")}</p>
      </section>

      <PartnerCounts staff={staff} petitionId={petition.id} />

      <section id="export" aria-labelledby="export-heading" className="space-y-2 rounded bg-white p-4">
        <h2 id="export-heading" className="text-xl font-semibold">
          {t("exportHeading")}
        </h2>
        {isAdmin ? (
          <form method="post" action="/admin/petition/export" className="space-y-3">
            <input type="hidden" name="petitionId" value={petition.id} />
            <div>
              <label htmlFor="export-code" className="block font-medium">
                {t("code")}
              </label>
              <p id="export-code-hint" className="text-sm text-stone-700">
                {t("codeHint")}
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
              {t("download")}
            </button>
          </form>
        ) : (
          <p>{t("exportAdminOnly")}</p>
        )}
      </section>

      <section aria-labelledby="settings-heading" className="grid gap-4 rounded bg-white p-4 md:grid-cols-2">
        <h2 id="settings-heading" className="text-xl font-semibold md:col-span-2">
          {t("settingsHeading")}
        </h2>
        {isAdmin ? (
          <ActionForm
            action={setPetitionStatusAction}
            submitLabel={petition.status === "OPEN" ? t("close") : t("open")}
            danger={petition.status === "OPEN"}
          >
            <PetitionState status={petition.status} t={t} />
            <HiddenField name="petitionId" value={petition.id} />
            <HiddenField name="status" value={petition.status === "OPEN" ? "CLOSED" : "OPEN"} />
            <FreshCodeField t={t} />
          </ActionForm>
        ) : (
          <div>
            <PetitionState status={petition.status} t={t} />
            <p>{t("statusAdminOnly")}</p>
          </div>
        )}
        <ActionForm action={setPetitionGoalAction} submitLabel={t("setGoal")}>
          <HiddenField name="petitionId" value={petition.id} />
          <TextField name="goal" label={t("goal")} defaultValue={String(petition.goal)} inputMode="numeric" required />
        </ActionForm>
      </section>

      <section aria-labelledby="suspect-heading" className="space-y-2 rounded bg-white p-4">
        <h2 id="suspect-heading" className="text-xl font-semibold">
          {t("suspectHeading")}
        </h2>
        {suspects.length === 0 ? (
          <p>{t("noSuspects")}</p>
        ) : (
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left">
                <th scope="col" className="p-1">
                  {t("signedUtc")}
                </th>
                <th scope="col" className="p-1">
                  {t("name")}
                </th>
                <th scope="col" className="p-1">
                  {t("country")}
                </th>
                <th scope="col" className="p-1">
                  {t("state")}
                </th>
                <th scope="col" className="p-1">
                  {t("whySuspect")}
                </th>
              </tr>
            </thead>
            <tbody>
              {suspects.map((s) => (
                <tr key={s.id} className="border-t">
                  <td className="p-1">{s.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                  <td className="p-1">{s.name}</td>
                  <td className="p-1">{s.country}</td>
                  <td className="p-1">{t("signatureState", { status: s.status })}</td>
                  <td className="p-1">{s.suspectReason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="text-sm">{t("suspectHint")}</p>
      </section>

      <section aria-labelledby="invalidate-heading" className="space-y-3 rounded bg-white p-4">
        <h2 id="invalidate-heading" className="text-xl font-semibold">
          {t("invalidateHeading")}
        </h2>
        <p>{t("invalidateIntro")}</p>
        <form method="get" className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="preview" value="1" />
          <div className="text-sm font-medium">
            <label htmlFor="filter-status">{t("state")}</label>
            <select id="filter-status" name="status" defaultValue={search.status ?? ""} className={input}>
              <option value="">{t("pendingOrConfirmed")}</option>
              <option value="PENDING">{t("statePending")}</option>
              <option value="CONFIRMED">{t("stateConfirmed")}</option>
            </select>
          </div>
          <div className="text-sm font-medium">
            <label htmlFor="filter-suspect">{t("suspectLabel")}</label>
            <select id="filter-suspect" name="suspect" defaultValue={search.suspect ?? ""} className={input}>
              <option value="">{t("any")}</option>
              <option value="yes">{t("yes")}</option>
              <option value="no">{t("no")}</option>
            </select>
          </div>
          <div className="text-sm font-medium">
            <label htmlFor="filter-country">{t("countryFilter")}</label>
            <input
              id="filter-country"
              name="country"
              defaultValue={search.country ?? ""}
              maxLength={2}
              className={input}
            />
          </div>
          <div className="text-sm font-medium">
            <label htmlFor="filter-emailDomain">{t("emailDomain")}</label>
            <input
              id="filter-emailDomain"
              name="emailDomain"
              defaultValue={search.emailDomain ?? ""}
              className={input}
            />
          </div>
          <div className="text-sm font-medium">
            <label htmlFor="filter-createdFrom">{t("signedFrom")}</label>
            <input
              id="filter-createdFrom"
              type="date"
              name="createdFrom"
              defaultValue={search.createdFrom ?? ""}
              className={input}
            />
          </div>
          <div className="text-sm font-medium">
            <label htmlFor="filter-createdTo">{t("signedTo")}</label>
            <input
              id="filter-createdTo"
              type="date"
              name="createdTo"
              defaultValue={search.createdTo ?? ""}
              className={input}
            />
          </div>
          <div className="text-sm font-medium">
            <label htmlFor="filter-nameContains">{t("nameContains")}</label>
            <input
              id="filter-nameContains"
              name="nameContains"
              defaultValue={search.nameContains ?? ""}
              className={input}
            />
          </div>
          <button type="submit" className="rounded bg-stone-800 px-3 py-1.5 font-semibold text-white">
            {t("preview")}
          </button>
        </form>
        {filter && filter.status === "invalid" && (
          <p role="alert" className="rounded border border-red-700 bg-red-50 p-2 text-red-900">
            {t("checkFilter", {
              errors: Object.entries(filter.fieldErrors)
                .map(([field, errors]) => `${field}: ${errors.join(" ")}`)
                .join("; "),
            })}
          </p>
        )}
        {preview && (
          <div className="space-y-2 rounded border border-amber-700 bg-amber-50 p-3">
            <p role="status">
              {t.rich("matches", {
                count: preview.count.toLocaleString("en"),
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </p>
            {preview.count > 0 && !isAdmin && <p>{t("invalidateAdminOnly")}</p>}
            {preview.count > 0 && isAdmin && (
              <ActionForm
                action={invalidateSignaturesAction}
                submitLabel={t("invalidate", { count: preview.count })}
                danger
              >
                <HiddenField name="petitionId" value={petition.id} />
                <HiddenField name="expectedCount" value={preview.count} />
                {FILTER_KEYS.map((key) =>
                  search[key] ? <HiddenField key={key} name={key} value={search[key]!} /> : null,
                )}
                <TextField name="reason" label={t("reason")} required />
                <FreshCodeField t={t} />
              </ActionForm>
            )}
            {preview.count > 0 && filter?.status === "ok" && filter.filter.suspect === true && (
              <ActionForm action={approveSuspectSignaturesAction} submitLabel={t("approve", { count: preview.count })}>
                <p>{t("approveIntro")}</p>
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
            {t("recentHeading")}
          </h2>
          <ul className="space-y-3">
            {invalidations.map((entry) => (
              <li key={entry.auditId} className="rounded border p-3">
                <p>
                  {t("recentEntry", {
                    time: entry.at.toISOString().slice(0, 16).replace("T", " "),
                    by: entry.by,
                    count: entry.count,
                    reason: entry.reason,
                    still: entry.stillInvalidated,
                  })}
                </p>
                {entry.stillInvalidated > 0 && (
                  <ActionForm
                    action={undoInvalidationAction}
                    submitLabel={t("undo", { count: entry.stillInvalidated })}
                  >
                    <HiddenField name="auditId" value={entry.auditId} />
                    <FreshCodeField t={t} />
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

function PetitionState({ status, t }: { status: string; t: Translate }) {
  return <p>{t.rich("now", { status, strong: (chunks) => <strong>{chunks}</strong> })}</p>;
}
