import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { PUBLIC_NOTE_REQUIRED, PUBLIC_NOTE_SOURCE_GONE, type PublicNote } from "./public-note-schema";
import type { PublicValue } from "./public-value";

type Tx = Prisma.TransactionClient;

export const NO_PUBLIC_NOTE: PublicNote = { kind: "UPDATE", note: null, sourceId: null };

/**
 * Field errors for a save's public note, or null when it may go ahead. Called before
 * the save writes anything, so a refused save leaves no partial change behind.
 */
export async function checkPublicNote(
  tx: Tx,
  note: PublicNote,
  changesPublicFacts: boolean,
): Promise<Record<string, string[]> | null> {
  if (changesPublicFacts && !note.note) return { publicNote: [PUBLIC_NOTE_REQUIRED] };
  if (note.sourceId) {
    const source = await tx.source.findUnique({ where: { id: note.sourceId }, select: { id: true } });
    if (!source) return { publicNoteSourceId: [PUBLIC_NOTE_SOURCE_GONE] };
  }
  return null;
}

/**
 * The one way a change reaches a profile's public history. Called by the detainee and
 * event write functions inside their transaction, next to recordAudit: the history
 * cannot say something the audit log does not, nor miss a change it has. It takes no
 * staff member on purpose: readers never learn who saved.
 */
export async function recordPublicChanges(
  tx: Tx,
  entry: {
    detaineeId: string;
    changes: { field: string; from: PublicValue | null; to: PublicValue | null }[];
    note: PublicNote;
    caseEventId?: string;
  },
): Promise<void> {
  if (entry.changes.length === 0) return;
  const changedAt = new Date();
  await tx.publicChange.createMany({
    data: entry.changes.map((change) => ({
      detaineeId: entry.detaineeId,
      field: change.field,
      fromValue: (change.from ?? undefined) as Prisma.InputJsonValue | undefined,
      toValue: (change.to ?? undefined) as Prisma.InputJsonValue | undefined,
      kind: entry.note.kind,
      note: entry.note.note,
      sourceId: entry.note.sourceId,
      caseEventId: entry.caseEventId ?? null,
      changedAt,
    })),
  });
}
