import "server-only";
import { NotFoundError } from "@/lib/actions/action-error";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffContext } from "@/lib/actions/staff-action";
import { alertKindForChange, type AlertKind } from "@/lib/campaign-mail/alert-kind";
import { renamePrimaryName } from "./save-detainee-name";
import { detaineeFactChanges } from "@/lib/history/detainee-fact-changes";
import type { PublicNote } from "@/lib/history/public-note-schema";
import { checkPublicNote, NO_PUBLIC_NOTE, recordPublicChanges } from "@/lib/history/record-public-change";
import { applyTranslations } from "@/lib/translations/apply-translations";
import { stampTranslations } from "@/lib/translations/stamp-translations";
import { translationEdits } from "@/lib/translations/translation-input";
import { DETAINEE_TRANSLATED } from "./admin-schemas";
import { statusChangeTitles } from "./status-change-titles";
import { detaineeColumns, detaineeEditSelect, detaineeFormValues, type DetaineeInput } from "./detainee-edit-fields";

export type UpdateDetaineeResult =
  | {
      status: "ok";
      slug: string;
      previousSlug: string;
      publicChange: boolean;
      /** News for the petition's signers (a published profile released, sentenced, transferred): staff are offered an alert. */
      alert: AlertKind | null;
    }
  | { status: "conflict"; current: Record<string, string>; version: number }
  | { status: "slug-taken" }
  | { status: "invalid"; fieldErrors: Record<string, string[]> };

/**
 * Saves only over the version the editor loaded: a save based on an older version is
 * refused with the current values, never written. A status change adds a STATUS_CHANGE
 * event to the timeline in the same transaction, and every change is audited there too.
 */
export async function updateDetainee(
  { staff, tx }: StaffContext,
  id: string,
  expectedVersion: number,
  input: DetaineeInput,
  note: PublicNote = NO_PUBLIC_NOTE,
): Promise<UpdateDetaineeResult> {
  const columns = detaineeColumns(input);
  const found = await tx.detainee.findUnique({ where: { id }, select: { ...detaineeEditSelect, translations: true } });
  if (!found) throw new NotFoundError("profile");
  const { translations: storedTranslations, ...before } = found;
  if (before.version !== expectedVersion) {
    return { status: "conflict", current: detaineeFormValues(before), version: before.version } as const;
  }
  if (columns.slug !== before.slug) {
    const taken = await tx.detainee.findFirst({ where: { slug: columns.slug, NOT: { id } }, select: { id: true } });
    const takenOld = await tx.detaineeSlug.findUnique({ where: { slug: columns.slug }, select: { detaineeId: true } });
    if (taken || (takenOld && takenOld.detaineeId !== id)) return { status: "slug-taken" } as const;
  }
  // Only a profile readers could already see has a public history: edits before it is
  // published, or while it is taken down, are drafts.
  const factChanges = before.published && columns.published ? detaineeFactChanges(before, columns) : [];
  const noteErrors = await checkPublicNote(tx, note, factChanges.length > 0);
  if (noteErrors) return { status: "invalid", fieldErrors: noteErrors } as const;
  // The version in the WHERE makes the check and the write one step: of two
  // concurrent saves of the same version, exactly one updates a row.
  const updated = await tx.detainee.updateMany({
    where: { id, version: expectedVersion },
    data: { ...columns, version: { increment: 1 } },
  });
  if (updated.count === 0) {
    const current = await tx.detainee.findUniqueOrThrow({ where: { id }, select: detaineeEditSelect });
    return { status: "conflict", current: detaineeFormValues(current), version: current.version } as const;
  }
  // The search keys change in the same transaction as the name.
  await renamePrimaryName(tx, id, before.displayName, columns.displayName);
  // Only after the version check: a refused save must not stamp anything.
  const translations = await applyTranslations(
    tx,
    { entity: "detainee", entityId: id },
    storedTranslations,
    columns,
    translationEdits(input, Object.keys(DETAINEE_TRANSLATED)),
  );
  await tx.detainee.update({ where: { id }, data: { translations }, select: { id: true } });
  if (columns.slug !== before.slug) {
    await tx.detaineeSlug.deleteMany({ where: { slug: columns.slug } });
    await tx.detaineeSlug.create({ data: { slug: before.slug, detaineeId: id }, select: { slug: true } });
  }
  if (columns.status !== before.status) {
    const titles = statusChangeTitles(before.status, columns.status);
    const event = await tx.caseEvent.create({
      data: {
        detaineeId: id,
        type: "STATUS_CHANGE",
        occurredOn: columns.statusConfirmedOn ?? todayUtc(),
        precision: columns.statusConfirmedPrecision ?? "DAY",
        title: titles.en,
        translations: { az: { title: titles.az }, ru: { title: titles.ru } },
        createdById: staff.id,
      },
      select: { id: true, title: true },
    });
    await stampTranslations(tx, { entity: "event", entityId: event.id }, [
      { field: "title", locale: "az", english: titles.en, translation: titles.az },
      { field: "title", locale: "ru", english: titles.en, translation: titles.ru },
    ]);
    await recordAudit(tx, {
      actorId: staff.id,
      action: "create",
      entityType: "CaseEvent",
      entityId: event.id,
      changes: { title: { from: null, to: event.title }, detaineeId: { from: null, to: id } },
    });
  }
  await recordPublicChanges(tx, { detaineeId: id, changes: factChanges, note });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "update",
    entityType: "Detainee",
    entityId: id,
    before: { ...before, translations: storedTranslations },
    after: { ...columns, translations },
  });
  return {
    status: "ok",
    slug: columns.slug,
    previousSlug: before.slug,
    publicChange: before.published || columns.published,
    alert: columns.published ? alertKindForChange(before, columns) : null,
  } as const;
}

function todayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
