import "server-only";
import type { z } from "zod";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { parsePartialDate } from "@/lib/dates/parse-partial-date";
import { isoPartialDate } from "@/lib/dates/format-partial-date";
import { resolveSourceChoice } from "@/lib/sources/resolve-source-choice";
import type { factClaimSchema } from "./facts-schemas";
import { lockDetainee } from "./lock-detainee";
import { toSearchKey } from "./search-key";

/**
 * Records one source's version of a fact. With two or more claims the profile shows
 * the fact as disputed, every claim beside its source. A claimed name is searchable.
 */
export async function addFactClaim(
  context: StaffContext,
  input: z.output<typeof factClaimSchema>,
): Promise<{ status: "ok" } | { status: "duplicate" }> {
  const { staff, tx } = context;
  await lockDetainee(tx, input.detaineeId);
  const date = input.field === "arrestDate" ? parsePartialDate(input.value) : null;
  // A date is stored in its canonical form, so "2013-3-07" and "2013-03-07" are one claim.
  const value = date ? isoPartialDate(date.date, date.precision) : input.value;
  const existing = await tx.factClaim.findUnique({
    where: { detaineeId_field_value: { detaineeId: input.detaineeId, field: input.field, value } },
    select: { id: true },
  });
  if (existing) return { status: "duplicate" };
  const sourceId = input.otherSources ? null : await resolveSourceChoice(context, input);
  const data = {
    detaineeId: input.detaineeId,
    field: input.field,
    value,
    valueDate: date?.date ?? null,
    datePrecision: date?.precision ?? null,
    searchKey: input.field === "name" ? toSearchKey(value) : null,
    sourceId,
    note: input.note,
  };
  const created = await tx.factClaim.create({ data, select: { id: true } });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "create",
    entityType: "FactClaim",
    entityId: created.id,
    after: data,
  });
  return { status: "ok" };
}
