import "server-only";
import type { z } from "zod";
import { ActionError } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { resolveSourceChoice } from "@/lib/sources/resolve-source-choice";
import { isFactOf } from "./fact-fields";
import type { factSourceSchema } from "./facts-schemas";
import { lockDetainee } from "./lock-detainee";

/** Cites a source (existing or new) for one fact of a profile, with a note shown beside it. */
export async function attachFactSource(
  context: StaffContext,
  input: z.output<typeof factSourceSchema>,
): Promise<{ status: "ok" } | { status: "unknown-fact" }> {
  const { staff, tx } = context;
  await lockDetainee(tx, input.detaineeId);
  const [charges, names] = await Promise.all([
    tx.charge.findMany({ where: { detaineeId: input.detaineeId }, select: { id: true } }),
    tx.detaineeName.findMany({ where: { detaineeId: input.detaineeId }, select: { id: true } }),
  ]);
  if (!isFactOf(input.field, { chargeIds: charges.map((c) => c.id), nameIds: names.map((n) => n.id) })) {
    return { status: "unknown-fact" };
  }
  const sourceId = await resolveSourceChoice(context, input);
  if (!sourceId) throw new ActionError("Choose a source, or describe a new one.");
  const key = { detaineeId: input.detaineeId, sourceId, field: input.field };
  const row = await tx.detaineeSource.upsert({
    where: { detaineeId_sourceId_field: key },
    create: { ...key, note: input.note },
    update: { note: input.note },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "cite",
    entityType: "DetaineeSource",
    entityId: row.id,
    after: { ...key, note: input.note },
  });
  return { status: "ok" };
}
