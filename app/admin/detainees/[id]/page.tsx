import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, ConflictNotice, HiddenField, SelectField, TextField } from "@/components/admin/action-form";
import { DetaineeFields } from "@/components/admin/detainee-fields";
import { EventFields } from "@/components/admin/event-fields";
import { DATE_HINT, scriptOptions } from "@/components/admin/options";
import { PublicNoteFields } from "@/components/admin/public-note-fields";
import { requireStaff } from "@/lib/auth/session";
import { isoPartialDate } from "@/lib/dates/format-partial-date";
import { detaineeFormValues } from "@/lib/detainees/detainee-edit-fields";
import { getDetaineeForEdit } from "@/lib/detainees/get-detainee-for-edit";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { listSources } from "@/lib/sources/list-sources";
import {
  addChargeAction,
  addDetaineeNameAction,
  addEventAction,
  recordChargeDroppedAction,
  removeChargeAction,
  removeDetaineeNameAction,
  setEventVisibilityAction,
  updateDetaineeAction,
} from "../actions";

export const metadata = { title: "Edit profile" };

const PHOTO_MESSAGES: Record<string, string> = {
  saved: "Photo saved. Location and camera data were removed.",
  missing: "Choose an image file first.",
};

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
  const values = detaineeFormValues(detainee);
  const factsT = await getAdminTranslations("adminFacts");
  const section = "space-y-3 rounded bg-white p-4";
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{detainee.displayName}</h1>
        {detainee.published && (
          <Link href={`/detainees/${detainee.slug}`} className="underline">
            Public profile
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
          Profile
        </h2>
        <ActionForm action={updateDetaineeAction} submitLabel="Save profile">
          <ConflictNotice />
          <HiddenField name="id" value={detainee.id} />
          <HiddenField name="version" value={detainee.version} />
          <DetaineeFields values={values} />
          <PublicNoteFields sources={sources} />
        </ActionForm>
      </section>

      <section aria-labelledby="photo-heading" className={section}>
        <h2 id="photo-heading" className="text-xl font-semibold">
          Photo
        </h2>
        {photo && PHOTO_MESSAGES[photo] && (
          <p role={photo === "saved" ? "status" : "alert"} className="rounded border border-stone-400 bg-stone-50 p-2">
            {PHOTO_MESSAGES[photo]}
          </p>
        )}
        {detainee.photoPath && (
          // eslint-disable-next-line @next/next/no-img-element -- served by /media, already resized
          <img
            src={detainee.photoPath}
            alt={`Current photo of ${detainee.displayName}`}
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
            New photo (JPEG, PNG or WebP, up to 10 MB)
          </label>
          <input id="photo-file" name="photo" type="file" accept="image/jpeg,image/png,image/webp" required />
          <button type="submit" className="block rounded bg-brand-800 px-4 py-2 font-semibold text-white">
            Upload photo
          </button>
        </form>
      </section>

      <section aria-labelledby="names-heading" className={section}>
        <h2 id="names-heading" className="text-xl font-semibold">
          Names and spellings
        </h2>
        <ul className="space-y-1">
          {detainee.names.map((name) => (
            <li key={name.id} className="flex items-center gap-3">
              <span>
                {name.name}{" "}
                <span className="text-sm text-stone-700">
                  ({name.script.toLowerCase()}
                  {name.lang ? `, ${name.lang}` : ""}
                  {name.isPrimary ? ", primary" : ""})
                </span>
              </span>
              {!name.isPrimary && (
                <form action={removeDetaineeNameAction}>
                  <input type="hidden" name="id" value={name.id} />
                  <button type="submit" className="text-sm text-red-800 underline">
                    Remove {name.name}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
        <ActionForm action={addDetaineeNameAction} submitLabel="Add spelling">
          <HiddenField name="detaineeId" value={detainee.id} />
          <div className="grid gap-3 md:grid-cols-3">
            <TextField name="name" label="Spelling" required />
            <SelectField name="script" label="Script" options={scriptOptions} defaultValue="LATIN" />
            <TextField name="lang" label="Language tag (az, ru, en)" />
          </div>
        </ActionForm>
      </section>

      <section aria-labelledby="charges-heading" className={section}>
        <h2 id="charges-heading" className="text-xl font-semibold">
          Charges
        </h2>
        <ul className="space-y-1">
          {detainee.charges.map((charge) => (
            <li key={charge.id} className="flex flex-wrap items-center gap-3">
              <span>
                {charge.article ? `Art. ${charge.article} ` : ""}
                {charge.code ? `(${charge.code}) ` : ""}
                {charge.description}
                {charge.addedOn && charge.addedPrecision
                  ? ` · added ${isoPartialDate(charge.addedOn, charge.addedPrecision)}`
                  : ""}
                {charge.droppedOn && charge.droppedPrecision
                  ? ` · dropped ${isoPartialDate(charge.droppedOn, charge.droppedPrecision)}`
                  : ""}
              </span>
              {!charge.droppedOn && (
                <ActionForm
                  action={recordChargeDroppedAction}
                  submitLabel="Record as dropped"
                  className="flex flex-wrap items-end gap-2 space-y-0"
                >
                  <HiddenField name="id" value={charge.id} />
                  <TextField
                    name="droppedOn"
                    label={`Date dropped (${charge.article ? `Art. ${charge.article}` : charge.description})`}
                    hint={DATE_HINT}
                  />
                  <PublicNoteFields />
                </ActionForm>
              )}
              <form action={removeChargeAction}>
                <input type="hidden" name="id" value={charge.id} />
                <button type="submit" className="text-sm text-red-800 underline">
                  Remove charge (entered by mistake)
                </button>
              </form>
            </li>
          ))}
        </ul>
        <ActionForm action={addChargeAction} submitLabel="Add charge">
          <HiddenField name="detaineeId" value={detainee.id} />
          <div className="grid gap-3 md:grid-cols-2">
            <TextField name="description" label="Charge" required />
            <TextField name="article" label="Article" />
            <TextField name="code" label="Code (e.g. Criminal Code of Azerbaijan)" />
            <TextField name="addedOn" label="Added on" hint={DATE_HINT} />
            <TextField name="droppedOn" label="Dropped on" hint={DATE_HINT} />
            <PublicNoteFields sources={sources} />
          </div>
        </ActionForm>
      </section>

      <section aria-labelledby="events-heading" className={section}>
        <h2 id="events-heading" className="text-xl font-semibold">
          Timeline
        </h2>
        <ul className="divide-y">
          {detainee.events.map((event) => (
            <li key={event.id} className="flex flex-wrap items-center gap-3 py-2">
              <span className="font-mono text-sm">{isoPartialDate(event.occurredOn, event.precision)}</span>
              <span className={event.visibility === "HIDDEN" ? "text-stone-500 line-through" : ""}>{event.title}</span>
              {event.visibility === "HIDDEN" && <span className="text-sm">(hidden)</span>}
              <Link href={`/admin/detainees/${detainee.id}/events/${event.id}`} className="text-sm underline">
                Edit event: {event.title}
              </Link>
              <form action={setEventVisibilityAction}>
                <input type="hidden" name="id" value={event.id} />
                <input type="hidden" name="visibility" value={event.visibility === "HIDDEN" ? "PUBLIC" : "HIDDEN"} />
                <button type="submit" className="text-sm underline">
                  {event.visibility === "HIDDEN" ? "Show" : "Hide"}
                </button>
              </form>
            </li>
          ))}
        </ul>
        <h3 className="text-lg font-semibold">Add an event</h3>
        <ActionForm action={addEventAction} submitLabel="Add event">
          <HiddenField name="detaineeId" value={detainee.id} />
          <EventFields values={{}} sources={sources} />
          <PublicNoteFields />
        </ActionForm>
      </section>
    </div>
  );
}
