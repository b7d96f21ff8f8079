import "server-only";
import { NotFoundError } from "@/lib/actions/action-error";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffContext } from "@/lib/actions/staff-action";
import type { PublicNote } from "@/lib/history/public-note-schema";
import { checkPublicNote, NO_PUBLIC_NOTE, recordPublicChanges } from "@/lib/history/record-public-change";
import { chargeValue } from "@/lib/history/public-value";
import { applyTranslations } from "@/lib/translations/apply-translations";
import { translationEdits } from "@/lib/translations/translation-input";
import { CHARGE_TRANSLATED, type chargeSchema } from "./admin-schemas";

export async function addCharge(
  { staff, tx }: StaffContext,
  input: z.infer<typeof chargeSchema>,
  note: PublicNote = NO_PUBLIC_NOTE,
): Promise<
  { status: "ok"; slug: string; published: boolean } | { status: "invalid"; fieldErrors: Record<string, string[]> }
> {
  const detainee = await tx.detainee.findUnique({
    where: { id: input.detaineeId },
    select: { slug: true, published: true },
  });
  if (!detainee) throw new NotFoundError("profile");
  const noteErrors = await checkPublicNote(tx, note, detainee.published);
  if (noteErrors) return { status: "invalid", fieldErrors: noteErrors } as const;
  const data = {
    detaineeId: input.detaineeId,
    description: input.description,
    article: input.article,
    code: input.code,
    addedOn: input.addedOn?.date ?? null,
    addedPrecision: input.addedOn?.precision ?? null,
    droppedOn: input.droppedOn?.date ?? null,
    droppedPrecision: input.droppedOn?.precision ?? null,
  };
  const charge = await tx.charge.create({ data, select: { id: true } });
  const translations = await applyTranslations(
    tx,
    { entity: "charge", entityId: charge.id },
    {},
    data,
    translationEdits(input, Object.keys(CHARGE_TRANSLATED)),
  );
  await tx.charge.update({ where: { id: charge.id }, data: { translations }, select: { id: true } });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "create",
    entityType: "Charge",
    entityId: charge.id,
    before: null,
    after: { ...data, translations },
  });
  if (detainee.published) {
    await recordPublicChanges(tx, {
      detaineeId: input.detaineeId,
      changes: [{ field: "charge", from: null, to: chargeValue(data) }],
      note,
    });
  }
  return { status: "ok", ...detainee } as const;
}
