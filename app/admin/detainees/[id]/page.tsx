import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, ConflictNotice, HiddenField, SelectField, TextField } from "@/components/admin/action-form";
import { DetaineeFields } from "@/components/admin/detainee-fields";
import { EventFields } from "@/components/admin/event-fields";
import { PublicNoteFields } from "@/components/admin/public-note-fields";
import { TranslatedFields } from "@/components/admin/translated-fields";
import { requireStaff } from "@/lib/auth/session";
import { isoPartialDate } from "@/lib/dates/format-partial-date";
import { detaineeFormValues } from "@/lib/detainees/detainee-edit-fields";
import { getDetaineeForEdit } from "@/lib/detainees/get-detainee-for-edit";
import { NameScript } from "@/lib/db/generated/enums";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { listSources } from "@/lib/sources/list-sources";
import { getTranslationStamps } from "@/lib/translations/get-translation-stamps";
import { translationFormValues } from "@/lib/translations/translation-input";
import { translationStatuses } from "@/lib/translations/translation-status";
import { translationsBasis } from "@/lib/translations/translations-basis";
import {
  addChargeAction,
  addDetaineeNameAction,
  addEventAction,
  recordChargeDroppedAction,
  removeChargeAction,
  removeDetaineeNameAction,
  setEventVisibilityAction,
  translateChargeAction,
  updateDetaineeAction,
} from "../actions";

export async function generateMetadata() {
  return { title: (await getAdminTranslations("adminDetainees.edit"))("metaTitle") };
}

const PHOTO_MESSAGES = new Set(["saved", "missing"]);

export default async function EditDetaineePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ photo?: string }>;
}) {
  const staff = await requireStaff();
  const { id } = await params;
  const { photo } = await searchParams;
  const [detainee, sources] = await Promise.all([getDetaineeForEdit(staff, id), listSources(staff)]);
  if (!detainee) notFound();
  const factsT = await getAdminTranslations("adminFacts");
  const [t, tp, tc, tt, tn, tf, stamps, chargeStamps] = await Promise.all([
    getAdminTranslations("adminDetainees.edit"),
    getAdminTranslations("adminDetainees.photo"),
    getAdminTranslations("adminDetainees.charges"),
    getAdminTranslations("adminDetainees.timeline"),
    getAdminTranslations("adminDetainees.names"),
    getAdminTranslations("adminDetainees.fields"),
    getTranslationStamps(staff, "detainee", [detainee.id]),
    getTranslationStamps(
      staff,
      "charge",
      detainee.charges.map((c) => c.id),
    ),
  ]);
  const english = {
    occupation: detainee.occupation,
    placeOfDetention: detainee.placeOfDetention,
    sentence: detainee.sentence,
    bio: detainee.bio,
  };
  const values = {
    ...detaineeFormValues(detainee),
    ...translationFormValues(detainee.translations, Object.keys(english)),
  };
  const statuses = translationStatuses(english, detainee.translations, stamps.get(detainee.id) ?? []);
  const section = "space-y-3 rounded bg-white p-4";
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{detainee.displayName}</h1>
        {detainee.published && (
          <Link href={`/detainees/${detainee.slug}`} className="underline">
            {t("publicProfile")}
          </Link>
        )}
      </div>

      <p>
        <Link href={`/admin/detainees/${detainee.id}/facts`} className="underline">
          {factsT("editLink")}
        </Link>
      </p>

      <section aria-labelledby="profile-heading" className={section}>
        <h2 id="profile-heading" className="text-xl font-semibold">
          {t("profileHeading")}
        </h2>
        <ActionForm action={updateDetaineeAction} submitLabel={t("saveProfile")}>
          <ConflictNotice />
          <HiddenField name="id" value={detainee.id} />
          <HiddenField name="version" value={detainee.version} />
          <DetaineeFields values={values} statuses={statuses} />
          <PublicNoteFields sources={sources} />
        </ActionForm>
      </section>

      <section aria-labelledby="photo-heading" className={section}>
        <h2 id="photo-heading" className="text-xl font-semibold">
          {tp("heading")}
        </h2>
        {photo && PHOTO_MESSAGES.has(photo) && (
          <p role={photo === "saved" ? "status" : "alert"} className="rounded border border-stone-400 bg-stone-50 p-2">
            {tp(photo === "saved" ? "saved" : "missing")}
          </p>
        )}
        {detainee.photoPath && (
          // eslint-disable-next-line @next/next/no-img-element -- served by /media, already resized
          <img
            src={detainee.photoPath}
            alt={tp("current", { name: detainee.displayName })}
            width={160}
            height={160}
            className="rounded"
          />
        )}
        <form
          action={`/admin/detainees/${detainee.id}/photo`}
          method="post"
          encType="multipart/form-data"
          className="space-y-2"
        >
          <label htmlFor="photo-file" className="block font-medium">
            {tp("file")}
          </label>
          <input id="photo-file" name="photo" type="file" accept="image/jpeg,image/png,image/webp" required />
          <button type="submit" className="block rounded bg-brand-800 px-4 py-2 font-semibold text-white">
            {tp("upload")}
          </button>
        </form>
      </section>

      <section aria-labelledby="names-heading" className={section}>
        <h2 id="names-heading" className="text-xl font-semibold">
          {tn("heading")}
        </h2>
        <ul className="space-y-1">
          {detainee.names.map((name) => (
            <li key={name.id} className="flex items-center gap-3">
              <span>
                {name.name}{" "}
                <span className="text-sm text-stone-700">
                  ({tn(`scripts.${name.script}`)}
                  {name.lang ? `, ${name.lang}` : ""}
                  {name.isPrimary ? tn("primary") : ""})
                </span>
              </span>
              {!name.isPrimary && (
                <form action={removeDetaineeNameAction}>
                  <input type="hidden" name="id" value={name.id} />
                  <button type="submit" className="text-sm text-red-800 underline">
                    {tn("remove", { name: name.name })}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
        <ActionForm action={addDetaineeNameAction} submitLabel={tn("add")}>
          <HiddenField name="detaineeId" value={detainee.id} />
          <div className="grid gap-3 md:grid-cols-3">
            <TextField name="name" label={tn("spelling")} required />
            <SelectField
              name="script"
              label={tn("script")}
              options={Object.values(NameScript).map((value) => ({ value, label: factsT(`scripts.${value}`) }))}
              defaultValue="LATIN"
            />
            <TextField name="lang" label={tn("lang")} />
          </div>
        </ActionForm>
      </section>

      <section aria-labelledby="charges-heading" className={section}>
        <h2 id="charges-heading" className="text-xl font-semibold">
          {tc("heading")}
        </h2>
        <ul className="space-y-4">
          {detainee.charges.map((charge) => (
            <li key={charge.id} id={`charge-${charge.id}`} className="space-y-2 border-b border-stone-200 pb-4">
              <div className="flex flex-wrap items-center gap-3">
                <span>
                  {charge.article ? `${tc("article", { article: charge.article })} ` : ""}
                  {charge.code ? `(${charge.code}) ` : ""}
                  {charge.description}
                  {charge.addedOn && charge.addedPrecision
                    ? ` · ${tc("added", { date: isoPartialDate(charge.addedOn, charge.addedPrecision) })}`
                    : ""}
                  {charge.droppedOn && charge.droppedPrecision
                    ? ` · ${tc("dropped", { date: isoPartialDate(charge.droppedOn, charge.droppedPrecision) })}`
                    : ""}
                </span>
                {!charge.droppedOn && (
                  <ActionForm
                    action={recordChargeDroppedAction}
                    submitLabel={tc("recordDropped")}
                    className="flex flex-wrap items-end gap-2 space-y-0"
                  >
                    <HiddenField name="id" value={charge.id} />
                    <TextField
                      name="droppedOn"
                      label={tc("dateDropped", {
                        charge: charge.article ? tc("article", { article: charge.article }) : charge.description,
                      })}
                      hint={tf("dateHint")}
                    />
                    <PublicNoteFields />
                  </ActionForm>
                )}
                <form action={removeChargeAction}>
                  <input type="hidden" name="id" value={charge.id} />
                  <button type="submit" className="text-sm text-red-800 underline">
                    {tc("remove")}
                  </button>
                </form>
              </div>
              <details
                open={Object.values(
                  translationStatuses(
                    { description: charge.description },
                    charge.translations,
                    chargeStamps.get(charge.id) ?? [],
                  ),
                ).some((status) => status !== "current")}
              >
                <summary className="cursor-pointer text-sm underline">{tc("translate")}</summary>
                <ActionForm action={translateChargeAction} submitLabel={tc("saveTranslations")} className="mt-2">
                  <HiddenField name="id" value={charge.id} />
                  <HiddenField name="basis" value={translationsBasis(charge.translations)} />
                  <TranslatedFields
                    fields={[{ name: "description", label: tc("description") }]}
                    values={{
                      description: charge.description,
                      ...translationFormValues(charge.translations, ["description"]),
                    }}
                    statuses={translationStatuses(
                      { description: charge.description },
                      charge.translations,
                      chargeStamps.get(charge.id) ?? [],
                    )}
                    anchorPrefix={`charge-${charge.id}-`}
                    englishReadOnly
                  />
                  <PublicNoteFields />
                </ActionForm>
              </details>
            </li>
          ))}
        </ul>
        <ActionForm action={addChargeAction} submitLabel={tc("add")}>
          <HiddenField name="detaineeId" value={detainee.id} />
          <div className="grid gap-3 md:grid-cols-2">
            <TextField name="article" label={tc("articleLabel")} />
            <TextField name="code" label={tc("code")} />
            <TextField name="addedOn" label={tc("addedOn")} hint={tf("dateHint")} />
            <TextField name="droppedOn" label={tc("droppedOn")} hint={tf("dateHint")} />
          </div>
          <TranslatedFields
            fields={[{ name: "description", label: tc("description"), required: true }]}
            values={{}}
            anchorPrefix="charge-new-"
          />
          <PublicNoteFields sources={sources} />
        </ActionForm>
      </section>

      <section aria-labelledby="events-heading" className={section}>
        <h2 id="events-heading" className="text-xl font-semibold">
          {tt("heading")}
        </h2>
        <ul className="divide-y">
          {detainee.events.map((event) => (
            <li key={event.id} className="flex flex-wrap items-center gap-3 py-2">
              <span className="font-mono text-sm">{isoPartialDate(event.occurredOn, event.precision)}</span>
              <span className={event.visibility === "HIDDEN" ? "text-stone-500 line-through" : ""}>{event.title}</span>
              {event.visibility === "HIDDEN" && <span className="text-sm">{tt("hidden")}</span>}
              <Link href={`/admin/detainees/${detainee.id}/events/${event.id}`} className="text-sm underline">
                {tt("editEvent", { title: event.title })}
              </Link>
              <form action={setEventVisibilityAction}>
                <input type="hidden" name="id" value={event.id} />
                <input type="hidden" name="visibility" value={event.visibility === "HIDDEN" ? "PUBLIC" : "HIDDEN"} />
                <button type="submit" className="text-sm underline">
                  {event.visibility === "HIDDEN" ? tt("show") : tt("hide")}
                </button>
              </form>
            </li>
          ))}
        </ul>
        <h3 className="text-lg font-semibold">{tt("addHeading")}</h3>
        <ActionForm action={addEventAction} submitLabel={tt("add")}>
          <HiddenField name="detaineeId" value={detainee.id} />
          <EventFields values={{}} sources={sources} />
          <PublicNoteFields />
        </ActionForm>
      </section>
    </div>
  );
}
