import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, ConflictNotice, HiddenField } from "@/components/admin/action-form";
import { EventFields } from "@/components/admin/event-fields";
import { PublicNoteFields } from "@/components/admin/public-note-fields";
import { requireStaff } from "@/lib/auth/session";
import { eventFormValues } from "@/lib/case-events/save-case-event";
import { getCaseEventForEdit } from "@/lib/case-events/get-case-event-for-edit";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { listSources } from "@/lib/sources/list-sources";
import { getTranslationStamps } from "@/lib/translations/get-translation-stamps";
import { translationFormValues } from "@/lib/translations/translation-input";
import { translationStatuses } from "@/lib/translations/translation-status";
import { updateEventAction } from "../../../actions";

export async function generateMetadata() {
  return { title: (await getAdminTranslations("adminDetainees.event"))("metaTitle") };
}

export default async function EditEventPage({ params }: { params: Promise<{ id: string; eventId: string }> }) {
  const staff = await requireStaff();
  const { id, eventId } = await params;
  const [event, sources, t] = await Promise.all([
    getCaseEventForEdit(staff, id, eventId),
    listSources(staff),
    getAdminTranslations("adminDetainees.event"),
  ]);
  if (!event) notFound();
  const stamps = await getTranslationStamps(staff, "event", [event.id]);
  const english = { title: event.title, description: event.description };
  return (
    <div className="space-y-4">
      <Link href={`/admin/detainees/${id}`} className="underline">
        {t("back", { name: event.detainee.displayName })}
      </Link>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <ActionForm action={updateEventAction} submitLabel={t("save")} className="rounded bg-white p-4">
        <ConflictNotice />
        <HiddenField name="id" value={event.id} />
        <HiddenField name="version" value={event.version} />
        <HiddenField name="detaineeId" value={id} />
        <EventFields
          values={{ ...eventFormValues(event), ...translationFormValues(event.translations, Object.keys(english)) }}
          statuses={translationStatuses(english, event.translations, stamps.get(event.id) ?? [])}
          sources={sources}
          selectedSourceIds={event.sources.map((s) => s.id)}
        />
        <PublicNoteFields />
      </ActionForm>
    </div>
  );
}
