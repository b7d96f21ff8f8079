import "server-only";
import { NotFoundError } from "@/lib/actions/action-error";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffContext } from "@/lib/actions/staff-action";
import type { PublicNote } from "@/lib/history/public-note-schema";
import { checkPublicNote, NO_PUBLIC_NOTE, recordPublicChanges } from "@/lib/history/record-public-change";
import { eventValue, sameValue } from "@/lib/history/public-value";
import { EVENT_TRANSLATED, type eventSchema } from "@/lib/detainees/admin-schemas";
import { applyTranslations } from "@/lib/translations/apply-translations";
import { translationEdits } from "@/lib/translations/translation-input";

type EventInput = z.infer<typeof eventSchema>;

export type SaveEventResult =
  | { status: "ok"; slug: string; published: boolean }
  | { status: "conflict"; current: Record<string, string>; version: number }
  | { status: "invalid"; fieldErrors: Record<string, string[]> };

const eventSelect = {
  id: true,
  type: true,
  occurredOn: true,
  precision: true,
  title: true,
  description: true,
  visibility: true,
  translations: true,
  version: true,
  sources: { select: { id: true } },
} as const;

const translatedFields = Object.keys(EVENT_TRANSLATED);

/** Creates (no `existing`) or updates an event; a new source typed inline is created in the same transaction. */
export async function saveCaseEvent(
  { staff, tx }: StaffContext,
  input: EventInput,
  existing?: { id: string; version: number },
  note: PublicNote = NO_PUBLIC_NOTE,
): Promise<SaveEventResult> {
  const detainee = await tx.detainee.findUnique({
    where: { id: input.detaineeId },
    select: { slug: true, published: true },
  });
  if (!detainee) throw new NotFoundError("profile");
  const before = existing
    ? await tx.caseEvent.findFirst({ where: { id: existing.id, detaineeId: input.detaineeId }, select: eventSelect })
    : null;
  if (existing && !before) throw new NotFoundError("event");
  // What readers saw and will see: a hidden event is in neither, and never in the history.
  const publicBefore = before?.visibility === "PUBLIC" ? eventValue(before) : null;
  const publicAfter =
    input.visibility === "PUBLIC"
      ? eventValue({ ...input, occurredOn: input.occurredOn!.date, precision: input.occurredOn!.precision })
      : null;
  const publicChange = detainee.published && publicAfter !== null && !sameValue(publicBefore, publicAfter);
  const noteErrors = await checkPublicNote(tx, note, publicChange);
  if (noteErrors) return { status: "invalid", fieldErrors: noteErrors } as const;
  const sourceIds = [...input.sourceIds];
  if (input.newSourcePublisher && input.newSourceTitle) {
    const source = await tx.source.create({
      data: { publisher: input.newSourcePublisher, title: input.newSourceTitle, url: input.newSourceUrl },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "create",
      entityType: "Source",
      entityId: source.id,
      after: { publisher: input.newSourcePublisher, title: input.newSourceTitle, url: input.newSourceUrl },
    });
    sourceIds.push(source.id);
  }
  const columns = {
    type: input.type,
    occurredOn: input.occurredOn!.date,
    precision: input.occurredOn!.precision,
    title: input.title,
    description: input.description,
    visibility: input.visibility,
  };
  if (!existing) {
    const event = await tx.caseEvent.create({
      data: {
        ...columns,
        detaineeId: input.detaineeId,
        createdById: staff.id,
        sources: { connect: sourceIds.map((id) => ({ id })) },
      },
      select: { id: true },
    });
    const translations = await saveEventTranslations(tx, event.id, {}, columns, input);
    if (publicChange) {
      await recordPublicChanges(tx, {
        detaineeId: input.detaineeId,
        changes: [{ field: "event", from: null, to: publicAfter }],
        note: { ...note, sourceId: note.sourceId ?? sourceIds[0] ?? null },
        caseEventId: event.id,
      });
    }
    await recordAudit(tx, {
      actorId: staff.id,
      action: "create",
      entityType: "CaseEvent",
      entityId: event.id,
      before: null,
      after: { ...columns, translations, sourceIds },
    });
    return { status: "ok", ...detainee } as const;
  }
  if (!before) throw new NotFoundError("event");
  const updated = await tx.caseEvent.updateMany({
    where: { id: existing.id, version: existing.version },
    data: { ...columns, version: { increment: 1 } },
  });
  if (updated.count === 0) {
    return { status: "conflict", current: eventFormValues(before), version: before.version } as const;
  }
  const translations = await saveEventTranslations(tx, existing.id, before.translations, columns, input);
  await tx.caseEvent.update({
    where: { id: existing.id },
    data: { sources: { set: sourceIds.map((id) => ({ id })) } },
    select: { id: true },
  });
  if (publicChange) {
    await recordPublicChanges(tx, {
      detaineeId: input.detaineeId,
      changes: [{ field: "event", from: publicBefore, to: publicAfter }],
      note: { ...note, sourceId: note.sourceId ?? sourceIds[0] ?? null },
      caseEventId: existing.id,
    });
  }
  await recordAudit(tx, {
    actorId: staff.id,
    action: "update",
    entityType: "CaseEvent",
    entityId: existing.id,
    before: { ...before, sources: undefined, sourceIds: before.sources.map((s) => s.id).sort() },
    after: { ...columns, translations, sourceIds: [...sourceIds].sort() },
  });
  return { status: "ok", ...detainee } as const;
}

/** Writes the az and ru texts typed in the form, stamped against the English saved now. */
async function saveEventTranslations(
  tx: StaffContext["tx"],
  eventId: string,
  existing: unknown,
  english: { title: string; description: string | null },
  input: EventInput,
) {
  const translations = await applyTranslations(
    tx,
    { entity: "event", entityId: eventId },
    existing,
    english,
    translationEdits(input, translatedFields),
  );
  await tx.caseEvent.update({ where: { id: eventId }, data: { translations }, select: { id: true } });
  return translations;
}

export function eventFormValues(event: {
  type: string;
  occurredOn: Date;
  precision: string;
  title: string;
  description: string | null;
  visibility: string;
}): Record<string, string> {
  const iso = event.occurredOn.toISOString().slice(0, 10);
  return {
    type: event.type,
    occurredOn: event.precision === "YEAR" ? iso.slice(0, 4) : event.precision === "MONTH" ? iso.slice(0, 7) : iso,
    title: event.title,
    description: event.description ?? "",
    visibility: event.visibility,
  };
}
