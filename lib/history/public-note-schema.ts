import { z } from "zod";
import { PublicChangeKind } from "@/lib/db/generated/enums";
import { blank, optionalText } from "@/lib/validation/text-fields";

/** The public note fields of a form that can change a public fact (components/admin/public-note-fields.tsx). */
export const publicNoteFields = {
  publicNoteKind: z.preprocess(blank, z.enum(PublicChangeKind, "Choose update or correction.").default("UPDATE")),
  // A form without the note fields (or a save with nothing public to change) posts none.
  publicNote: z.preprocess((value) => value ?? "", optionalText(1000)),
  publicNoteSourceId: z.preprocess(blank, z.string().max(64).optional()),
};

export type PublicNote = {
  kind: PublicChangeKind;
  note: string | null;
  sourceId: string | null;
};

export const PUBLIC_NOTE_REQUIRED = "This save changes what readers see: write a public note for the change history.";
export const PUBLIC_NOTE_SOURCE_GONE = "This source no longer exists. Choose another.";

export function publicNoteOf(input: {
  publicNoteKind: PublicChangeKind;
  publicNote: string | null;
  publicNoteSourceId?: string;
}): PublicNote {
  return { kind: input.publicNoteKind, note: input.publicNote, sourceId: input.publicNoteSourceId ?? null };
}
