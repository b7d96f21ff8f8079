import { z } from "zod";
import { LEDGER_SCHEME } from "@/lib/ledger/ledger-scheme";

// The petition ledger as the API publishes it (docs/decisions/017-petition-ledger.md).
// Hashes only: never a name, an email, an IP hash or a signature id.
const hash = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .meta({ description: "A SHA-256 hash, 64 lowercase hexadecimal digits." });
const date = z.iso.date().meta({ description: "A UTC day, YYYY-MM-DD." });

export const ledgerDaySummarySchema = z.strictObject({
  date,
  addedCount: z.int().min(0).meta({ description: "Commitments that entered the count this day." }),
  removedCount: z
    .int()
    .min(0)
    .meta({ description: "The correction: commitments that left the count this day (invalidated or erased)." }),
  size: z.int().min(0).meta({ description: "Commitments in the count at the end of this day." }),
  addedRoot: hash.meta({ description: "RFC 6962 Merkle root of the day's added commitments, sorted." }),
  removedRoot: hash.meta({ description: "RFC 6962 Merkle root of the day's removed commitments, sorted." }),
  previous: hash.meta({ description: "The previous day's chained root (64 zeros before the first day)." }),
  chainedRoot: hash.meta({
    description: "SHA-256(0x02 || previous || date || addedRoot || removedRoot || size as uint64 big-endian).",
  }),
});

export const petitionLedgerSchema = z.strictObject({
  scheme: z.literal(LEDGER_SCHEME),
  size: z.int().min(0).meta({ description: "Commitments in the count now: equals `count`." }),
  count: z.int().min(0).meta({ description: "The petition's public count." }),
  head: hash.meta({ description: "The last day's chained root." }),
  days: z.array(ledgerDaySummarySchema),
});

export const petitionLedgerDaySchema = ledgerDaySummarySchema
  .extend({
    added: z.array(hash).meta({ description: "The commitments that entered the count this day, sorted." }),
    removed: z.array(hash).meta({ description: "The commitments that left the count this day, sorted." }),
  })
  .strict();

export const ledgerDayPathSchema = z.object({
  date: z.iso.date({ error: "a date, YYYY-MM-DD" }).meta({ description: "A UTC day of the ledger, YYYY-MM-DD." }),
});

export type PetitionLedger = z.infer<typeof petitionLedgerSchema>;
export type PetitionLedgerDay = z.infer<typeof petitionLedgerDaySchema>;
