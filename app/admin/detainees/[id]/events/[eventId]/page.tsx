import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, ConflictNotice, HiddenField } from "@/components/admin/action-form";
import { EventFields } from "@/components/admin/event-fields";
import { PublicNoteFields } from "@/components/admin/public-note-fields";
import { requireStaff } from "@/lib/auth/session";
import { eventFormValues } from "@/lib/case-events/save-case-event";
import { getCaseEventForEdit } from "@/lib/case-events/get-case-event-for-edit";
import { listSources } from "@/lib/sources/list-sources";
import { updateEventAction } from "../../../actions";

export const metadata = { title: "Edit event" };

export default async function EditEventPage({ params }: { params: Promise<{ id: string; eventId: string }> }) {
  const staff = await requireStaff();
  const { id, eventId } = await params;
  const [event, sources] = await Promise.all([getCaseEventForEdit(staff, id, eventId), listSources(staff)]);
  if (!event) notFound();
  return (
    <div className="space-y-4">
      <Link href={`/admin/detainees/${id}`} className="underline">
        Back to {event.detainee.displayName}
      </Link>
      <h1 className="text-2xl font-bold">Edit event</h1>
      <ActionForm action={updateEventAction} submitLabel="Save event" className="rounded bg-white p-4">
        <ConflictNotice />
        <HiddenField name="id" value={event.id} />
        <HiddenField name="version" value={event.version} />
        <HiddenField name="detaineeId" value={id} />
        <EventFields
          values={eventFormValues(event)}
          sources={sources}
          selectedSourceIds={event.sources.map((s) => s.id)}
        />
        <PublicNoteFields />
      </ActionForm>
    </div>
  );
}
