import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, CheckboxField, HiddenField, SelectField, TextField } from "@/components/admin/action-form";
import { SourceChoiceFields } from "@/components/admin/facts/source-choice-fields";
import { requireStaff } from "@/lib/auth/session";
import { NameScript } from "@/lib/db/generated/enums";
import { CLAIM_FIELDS, SOURCED_FACTS, chargeFact, disputedFields, nameFact } from "@/lib/detainees/fact-fields";
import { getDetaineeFactsForEdit, type DetaineeFactsForEdit } from "@/lib/detainees/get-detainee-facts-for-edit";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { locales } from "@/lib/i18n/routing";
import { listSources } from "@/lib/sources/list-sources";
import {
  addFactClaimAction,
  attachFactSourceAction,
  removeFactClaimAction,
  removeFactSourceAction,
  removeNameVariantAction,
  saveNameVariantAction,
} from "./actions";

export async function generateMetadata() {
  const t = await getAdminTranslations("adminFacts");
  return { title: t("metaTitle") };
}

type T = Awaited<ReturnType<typeof getAdminTranslations>>;

function factLabel(t: T, field: string, detainee: DetaineeFactsForEdit): string {
  const [kind, id] = field.split(":");
  if (kind === "charge") {
    const charge = detainee.charges.find((c) => c.id === id);
    return t("facts.charge", { charge: charge ? [charge.article, charge.description].filter(Boolean).join(" ") : "?" });
  }
  if (kind === "name" && id)
    return t("facts.nameVariant", { name: detainee.names.find((n) => n.id === id)?.name ?? "?" });
  return t.has(`facts.${field}`) ? t(`facts.${field}`) : field;
}

export default async function DetaineeFactsPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff();
  const { id } = await params;
  const [detainee, sources, t] = await Promise.all([
    getDetaineeFactsForEdit(staff, id),
    listSources(staff),
    getAdminTranslations("adminFacts"),
  ]);
  if (!detainee) notFound();
  const section = "space-y-3 rounded bg-white p-4";
  const sourceLabels = {
    existing: t("source.existing"),
    none: t("source.none"),
    newHeading: t("source.newHeading"),
    publisher: t("source.publisher"),
    title: t("source.title"),
    url: t("source.url"),
    archiveUrl: t("source.archiveUrl"),
    date: t("source.date"),
    dateHint: t("source.dateHint"),
  };
  const langOptions = locales.map((l) => ({ value: l, label: t(`langs.${l}`) }));
  const scriptOptions = Object.values(NameScript).map((s) => ({ value: s, label: t(`scripts.${s}`) }));
  const factOptions = [
    ...SOURCED_FACTS.map((f) => ({ value: f, label: factLabel(t, f, detainee) })),
    ...detainee.charges.map((c) => ({ value: chargeFact(c.id), label: factLabel(t, chargeFact(c.id), detainee) })),
    ...detainee.names.map((n) => ({ value: nameFact(n.id), label: factLabel(t, nameFact(n.id), detainee) })),
  ];
  const disputed = new Set<string>(disputedFields(detainee.claims));
  const sourceText = (s: { publisher: string; title: string } | null) =>
    s ? `${s.publisher}: ${s.title}` : t("names.noSource");

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("title", { name: detainee.displayName })}</h1>
        <p className="flex gap-4">
          <Link href={`/admin/detainees/${detainee.id}`} className="underline">
            {t("back")}
          </Link>
          {detainee.published && (
            <Link href={`/detainees/${detainee.slug}`} className="underline">
              {t("publicProfile")}
            </Link>
          )}
        </p>
      </div>

      <section aria-labelledby="names-heading" className={section}>
        <h2 id="names-heading" className="text-xl font-semibold">
          {t("names.heading")}
        </h2>
        <p className="max-w-3xl text-stone-700">{t("names.intro")}</p>
        <ul className="divide-y">
          {detainee.names.map((name) => (
            <li key={name.id} className="space-y-2 py-2">
              <p>
                <span lang={name.lang ?? undefined} className="font-medium">
                  {name.name}
                </span>{" "}
                <span className="text-sm text-stone-700">
                  (
                  {[
                    t(`scripts.${name.script}`),
                    name.lang && t.has(`langs.${name.lang}`) ? t(`langs.${name.lang}`) : name.lang,
                    name.isPrimary && name.lang ? t("names.primaryFor", { lang: name.lang }) : null,
                    name.transliteration ? t("names.transliteration") : sourceText(name.source),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                  )
                </span>
              </p>
              <details>
                <summary className="cursor-pointer underline">{t("names.edit", { name: name.name })}</summary>
                <ActionForm action={saveNameVariantAction} submitLabel={t("names.save")} className="mt-2">
                  <HiddenField name="detaineeId" value={detainee.id} />
                  <HiddenField name="nameId" value={name.id} />
                  <NameFields
                    t={t}
                    langOptions={langOptions}
                    scriptOptions={scriptOptions}
                    values={{ name: name.name, script: name.script, lang: name.lang ?? "" }}
                    isPrimary={name.isPrimary}
                    transliteration={name.transliteration}
                  />
                  <SourceChoiceFields sources={sources} labels={sourceLabels} defaultSourceId={name.source?.id} />
                </ActionForm>
              </details>
              {!name.isPrimary && (
                <form action={removeNameVariantAction}>
                  <input type="hidden" name="id" value={name.id} />
                  <button type="submit" className="text-sm text-red-800 underline">
                    {t("names.remove", { name: name.name })}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
        <h3 className="text-lg font-semibold">{t("names.add")}</h3>
        <ActionForm action={saveNameVariantAction} submitLabel={t("names.addSubmit")}>
          <HiddenField name="detaineeId" value={detainee.id} />
          <NameFields t={t} langOptions={langOptions} scriptOptions={scriptOptions} values={{}} />
          <SourceChoiceFields sources={sources} labels={sourceLabels} />
        </ActionForm>
      </section>

      <section aria-labelledby="sources-heading" className={section}>
        <h2 id="sources-heading" className="text-xl font-semibold">
          {t("sources.heading")}
        </h2>
        <p className="max-w-3xl text-stone-700">{t("sources.intro")}</p>
        {detainee.sources.length === 0 ? (
          <p>{t("sources.none")}</p>
        ) : (
          <ul className="divide-y">
            {detainee.sources.map((row) => (
              <li key={row.id} className="flex flex-wrap items-center gap-3 py-2">
                <span>
                  <strong>{factLabel(t, row.field, detainee)}</strong>: {sourceText(row.source)}
                  {row.note ? ` (${row.note})` : ""}
                </span>
                <form action={removeFactSourceAction}>
                  <input type="hidden" name="id" value={row.id} />
                  <button type="submit" className="text-sm text-red-800 underline">
                    {t("sources.remove", { source: row.source.title, fact: factLabel(t, row.field, detainee) })}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <ActionForm action={attachFactSourceAction} submitLabel={t("sources.submit")}>
          <HiddenField name="detaineeId" value={detainee.id} />
          <SelectField name="field" label={t("sources.fact")} options={factOptions} defaultValue="status" />
          <SourceChoiceFields sources={sources} labels={sourceLabels} />
          <TextField name="note" label={t("sources.note")} />
        </ActionForm>
      </section>

      <section aria-labelledby="claims-heading" className={section}>
        <h2 id="claims-heading" className="text-xl font-semibold">
          {t("claims.heading")}
        </h2>
        <p className="max-w-3xl text-stone-700">{t("claims.intro")}</p>
        {detainee.claims.length === 0 ? (
          <p>{t("claims.none")}</p>
        ) : (
          <ul className="divide-y">
            {detainee.claims.map((claim) => (
              <li key={claim.id} className="flex flex-wrap items-center gap-3 py-2">
                <span>
                  <strong>{factLabel(t, claim.field, detainee)}</strong>
                  {disputed.has(claim.field) ? ` (${t("claims.disputed")})` : ""}: {claim.value} —{" "}
                  {claim.source ? sourceText(claim.source) : t("claims.otherSourcesLabel")}
                  {claim.note ? ` (${claim.note})` : ""}
                </span>
                <form action={removeFactClaimAction}>
                  <input type="hidden" name="id" value={claim.id} />
                  <button type="submit" className="text-sm text-red-800 underline">
                    {t("claims.remove", { value: claim.value })}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <ActionForm action={addFactClaimAction} submitLabel={t("claims.submit")}>
          <HiddenField name="detaineeId" value={detainee.id} />
          <div className="grid gap-3 md:grid-cols-2">
            <SelectField
              name="field"
              label={t("claims.field")}
              options={CLAIM_FIELDS.map((f) => ({ value: f, label: factLabel(t, f, detainee) }))}
              defaultValue="arrestDate"
            />
            <TextField name="value" label={t("claims.value")} hint={t("claims.valueHint")} required />
          </div>
          <SourceChoiceFields sources={sources} labels={sourceLabels} />
          <CheckboxField name="otherSources" label={t("claims.otherSources")} />
          <TextField name="note" label={t("claims.note")} />
        </ActionForm>
      </section>
    </div>
  );
}

function NameFields({
  t,
  langOptions,
  scriptOptions,
  values,
  isPrimary = false,
  transliteration = false,
}: {
  t: T;
  langOptions: { value: string; label: string }[];
  scriptOptions: { value: string; label: string }[];
  values: { name?: string; script?: string; lang?: string };
  isPrimary?: boolean;
  transliteration?: boolean;
}) {
  return (
    <>
      <div className="grid gap-3 md:grid-cols-3">
        <TextField name="name" label={t("names.name")} defaultValue={values.name} required />
        <SelectField
          name="script"
          label={t("names.script")}
          options={scriptOptions}
          defaultValue={values.script ?? "LATIN"}
        />
        <SelectField name="lang" label={t("names.lang")} options={langOptions} defaultValue={values.lang ?? "en"} />
      </div>
      <CheckboxField name="isPrimary" label={t("names.isPrimary")} defaultChecked={isPrimary} />
      <CheckboxField name="transliteration" label={t("names.transliterationLabel")} defaultChecked={transliteration} />
    </>
  );
}
