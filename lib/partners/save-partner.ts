import "server-only";
import { found } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PartnerInput } from "./partner-schema";

export type SavePartnerOutcome = { status: "ok"; id: string } | { status: "code-taken" };

const FIELDS = { id: true, code: true, name: true, url: true, origin: true } as const;

/** Adds a partner (no `id`) or changes one; the code is unique, checked in the same transaction. */
export async function savePartner(
  { staff, tx }: StaffContext,
  input: PartnerInput & { id?: string },
): Promise<SavePartnerOutcome> {
  const holder = await tx.partner.findUnique({ where: { code: input.code }, select: { id: true } });
  if (holder && holder.id !== input.id) return { status: "code-taken" };
  const data = { code: input.code, name: input.name, url: input.url, origin: input.origin };
  if (!input.id) {
    const created = await tx.partner.create({ data, select: FIELDS });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "create",
      entityType: "Partner",
      entityId: created.id,
      after: data,
    });
    return { status: "ok", id: created.id };
  }
  const before = found(
    await tx.partner.findUnique({
      where: { id: input.id },
      select: { code: true, name: true, url: true, origin: true },
    }),
    "partner",
  );
  await tx.partner.update({ where: { id: input.id }, data, select: { id: true } });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "update",
    entityType: "Partner",
    entityId: input.id,
    before,
    after: data,
  });
  return { status: "ok", id: input.id };
}
