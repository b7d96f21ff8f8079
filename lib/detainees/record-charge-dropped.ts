import "server-only";
import { NotFoundError } from "@/lib/actions/action-error";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffContext } from "@/lib/actions/staff-action";
import type { PartialDate } from "@/lib/dates/parse-partial-date";
import type { PublicNote } from "@/lib/history/public-note-schema";
import { checkPublicNote, NO_PUBLIC_NOTE, recordPublicChanges } from "@/lib/history/record-public-change";
import { chargeValue } from "@/lib/history/public-value";

/** A dropped charge stays on the record with its date: charge history is part of the case. */
export async function recordChargeDropped(
  { staff, tx }: StaffContext,
  chargeId: string,
  droppedOn: PartialDate,
  note: PublicNote = NO_PUBLIC_NOTE,
) {
  const charge = await tx.charge.findUnique({
    where: { id: chargeId },
    select: {
      detaineeId: true,
      description: true,
      article: true,
      code: true,
      droppedOn: true,
      droppedPrecision: true,
      detainee: { select: { slug: true, published: true } },
    },
  });
  if (!charge) throw new NotFoundError("charge");
  const noteErrors = await checkPublicNote(tx, note, charge.detainee.published);
  if (noteErrors) return { status: "invalid", fieldErrors: noteErrors } as const;
  await tx.charge.update({
    where: { id: chargeId },
    data: { droppedOn: droppedOn.date, droppedPrecision: droppedOn.precision },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "update",
    entityType: "Charge",
    entityId: chargeId,
    before: { droppedOn: charge.droppedOn, droppedPrecision: charge.droppedPrecision },
    after: { droppedOn: droppedOn.date, droppedPrecision: droppedOn.precision },
  });
  if (charge.detainee.published) {
    await recordPublicChanges(tx, {
      detaineeId: charge.detaineeId,
      changes: [
        {
          field: "charge",
          from: chargeValue(charge),
          to: chargeValue({ ...charge, droppedOn: droppedOn.date, droppedPrecision: droppedOn.precision }),
        },
      ],
      note,
    });
  }
  return { status: "ok", ...charge.detainee } as const;
}
