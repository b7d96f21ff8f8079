import "server-only";
import type { z } from "zod";
import { ActionError, NotFoundError } from "@/lib/actions/action-error";
import type { StaffContext, Tx } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { resolveSourceChoice } from "@/lib/sources/resolve-source-choice";
import type { nameVariantSchema } from "./facts-schemas";
import { lockDetainee } from "./lock-detainee";
import { toSearchKey } from "./search-key";

type NameInput = z.output<typeof nameVariantSchema>;

/**
 * Adds a name variant or changes one (a rename), with its search key recomputed in the
 * same transaction: search finds the person by the new spelling as soon as it commits.
 * A primary name is the only one for its language; the English primary is also the
 * profile's `displayName` (lists sort by it), so the two never drift apart.
 */
export async function saveDetaineeName(
  context: StaffContext,
  input: NameInput,
): Promise<{ status: "ok" } | { status: "duplicate" }> {
  const { staff, tx } = context;
  await lockDetainee(tx, input.detaineeId);
  const before = input.nameId
    ? await tx.detaineeName.findFirst({
        where: { id: input.nameId, detaineeId: input.detaineeId },
        select: nameSelect,
      })
    : null;
  if (input.nameId && !before) throw new NotFoundError("name");
  if (before?.isPrimary && (!input.isPrimary || before.lang !== input.lang)) {
    throw new ActionError("Make another name primary for this language first: every language needs one.");
  }
  const clash = await tx.detaineeName.findFirst({
    where: { detaineeId: input.detaineeId, name: input.name, ...(before ? { NOT: { id: before.id } } : {}) },
    select: { id: true },
  });
  if (clash) return { status: "duplicate" };

  const sourceId = input.transliteration ? null : await resolveSourceChoice(context, input);
  if (input.isPrimary) {
    await tx.detaineeName.updateMany({
      where: {
        detaineeId: input.detaineeId,
        lang: input.lang,
        isPrimary: true,
        ...(before ? { NOT: { id: before.id } } : {}),
      },
      data: { isPrimary: false },
    });
  }
  const data = {
    name: input.name,
    script: input.script,
    lang: input.lang,
    isPrimary: input.isPrimary,
    transliteration: input.transliteration,
    sourceId,
    searchKey: toSearchKey(input.name),
  };
  const saved = before
    ? await tx.detaineeName.update({ where: { id: before.id }, data, select: { id: true } })
    : await tx.detaineeName.create({ data: { ...data, detaineeId: input.detaineeId }, select: { id: true } });
  await recordAudit(tx, {
    actorId: staff.id,
    action: before ? "update" : "create",
    entityType: "DetaineeName",
    entityId: saved.id,
    before: before ? { ...before } : null,
    after: { ...data },
  });
  if (input.isPrimary && input.lang === "en") await syncDisplayName(context, input.detaineeId, input.name);
  return { status: "ok" };
}

const nameSelect = {
  id: true,
  name: true,
  script: true,
  lang: true,
  isPrimary: true,
  transliteration: true,
  sourceId: true,
  searchKey: true,
} as const;

async function syncDisplayName({ staff, tx }: StaffContext, detaineeId: string, name: string) {
  const current = await tx.detainee.findUniqueOrThrow({ where: { id: detaineeId }, select: { displayName: true } });
  if (current.displayName === name) return;
  // The version moves on, so an edit form opened before this rename gets a conflict
  // instead of writing the old name back.
  await tx.detainee.update({
    where: { id: detaineeId },
    data: { displayName: name, version: { increment: 1 } },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "update",
    entityType: "Detainee",
    entityId: detaineeId,
    changes: { displayName: { from: current.displayName, to: name } },
  });
}

/**
 * After the profile form changed `displayName`: the English primary name follows, with
 * its search key (before this, a renamed person could not be found by the new name).
 */
export async function renamePrimaryName(tx: Tx, detaineeId: string, from: string, to: string): Promise<void> {
  if (from === to) return;
  const taken = await tx.detaineeName.findFirst({ where: { detaineeId, name: to }, select: { isPrimary: true } });
  if (taken?.isPrimary) {
    throw new ActionError("This spelling is already the primary name of another language: change that one first.");
  }
  // A variant already spelled like the new name gives way to the primary one.
  if (taken) await tx.detaineeName.deleteMany({ where: { detaineeId, name: to } });
  const primary = await tx.detaineeName.findFirst({
    where: { detaineeId, isPrimary: true, lang: "en" },
    select: { id: true },
  });
  if (primary) {
    await tx.detaineeName.update({
      where: { id: primary.id },
      data: { name: to, searchKey: toSearchKey(to) },
      select: { id: true },
    });
  } else {
    await tx.detaineeName.create({
      data: { detaineeId, name: to, script: "LATIN", lang: "en", isPrimary: true, searchKey: toSearchKey(to) },
      select: { id: true },
    });
  }
}
