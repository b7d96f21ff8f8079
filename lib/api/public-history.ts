import "server-only";
import { z } from "zod";
import { PublicChangeKind } from "@/lib/db/generated/enums";
import type { PublicHistory } from "@/lib/history/get-public-history";
import { publicValueSchema } from "@/lib/history/public-value";
import { absoluteUrl } from "@/lib/site/absolute-url";

// The answer of /api/v1/detainees/{slug}/history; the OpenAPI document is generated from it.
export const historyValueSchema = publicValueSchema.meta({
  description:
    "A public value: a status code, a date at its precision, text in the language it was written in, a timeline event or a charge. Null: not recorded (for an event or a charge: it did not exist, or was removed).",
});

export const historyEntrySchema = z.strictObject({
  id: z.string(),
  field: z.string().meta({
    description:
      "displayName, status, statusConfirmedOn, arrestDate, placeOfDetention, sentence, releaseDate, releaseType, occupation, bio, charge or event.",
  }),
  label: z.string().meta({ description: "The field's name in the requested language." }),
  kind: z.enum(PublicChangeKind).meta({ description: "CORRECTION: the earlier value was wrong." }),
  changedAt: z.iso.datetime(),
  from: historyValueSchema.nullable(),
  to: historyValueSchema.nullable(),
  note: z.string().nullable().meta({ description: "The editors' public note, in the language it was written in." }),
  source: z.strictObject({ publisher: z.string(), title: z.string(), url: z.string().nullable() }).nullable(),
});

export const historyResponseSchema = z.strictObject({
  data: z.strictObject({
    slug: z.string(),
    name: z.string(),
    url: z.url().meta({ description: "The history page." }),
    changes: z.array(historyEntrySchema).meta({ description: "Newest first." }),
  }),
});

export type HistoryResponse = z.infer<typeof historyResponseSchema>;

export function publicHistory(history: PublicHistory, label: (field: string) => string): HistoryResponse {
  return {
    data: {
      slug: history.detainee.slug,
      name: history.detainee.displayName,
      url: absoluteUrl(`/detainees/${history.detainee.slug}/history`),
      changes: history.changes.map((change) => ({
        id: change.id,
        field: change.field,
        label: label(change.field),
        kind: change.kind,
        changedAt: change.changedAt.toISOString(),
        from: change.from,
        to: change.to,
        note: change.note,
        source: change.source,
      })),
    },
  };
}
