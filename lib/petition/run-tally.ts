import "server-only";
import { pgPool } from "@/lib/db/pg-pool";

// The public count, maintained in batches (UK Parliament petitions' fix after 2019):
// signing and confirming never touch a shared counter row; this job, run by one
// instance at a time (an advisory lock), moves newly confirmed signatures into
// PetitionTally per country and marks them `countedAt`, and takes back the ones
// invalidated or marked suspect since. Sum of tallies = confirmed, valid, non-suspect
// signatures as of the last run, exactly. The same statements write the public ledger
// (lib/ledger, decision 017): an ADD entry for each signature counted, a REMOVE
// (correction) entry for each taken back, so the ledger's size is the count, exactly.
export const TALLY_LOCK = 0x46560001; // "FV" 0001
const BATCH = 20_000;

/** One tally pass. Returns signatures added and removed, or null when another instance holds the lock. */
export async function runTally(): Promise<{ added: number; removed: number } | null> {
  const client = await pgPool().connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_xact_lock($1) AS locked", [
      TALLY_LOCK,
    ]);
    if (!rows[0]?.locked) {
      await client.query("ROLLBACK");
      return null;
    }
    const added = await client.query(
      `WITH batch AS (
         SELECT "id" FROM "Signature"
          WHERE "status" = 'CONFIRMED' AND "countedAt" IS NULL AND NOT "suspect"
          ORDER BY "confirmedAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
       ), marked AS (
         -- A signature confirmed without a receipt (before the ledger existed, or written
         -- by a tool) gets a commitment nobody can open, so the ledger still matches the count.
         UPDATE "Signature" s SET "countedAt" = timezone('UTC', now()),
                "receiptCommitment" = COALESCE(s."receiptCommitment",
                  sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')))
           FROM batch WHERE s."id" = batch."id"
         RETURNING s."petitionId", s."country", s."receiptCommitment"
       ), ledgered AS (
         INSERT INTO "LedgerEntry" ("petitionId", "day", "kind", "commitment")
         SELECT "petitionId", timezone('UTC', now())::date, 'ADD', "receiptCommitment" FROM marked
       ), tallied AS (
         INSERT INTO "PetitionTally" ("petitionId", "country", "count", "updatedAt")
         SELECT "petitionId", "country", count(*), timezone('UTC', now()) FROM marked GROUP BY 1, 2
         ON CONFLICT ("petitionId", "country") DO UPDATE
           SET "count" = "PetitionTally"."count" + EXCLUDED."count", "updatedAt" = EXCLUDED."updatedAt"
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM marked) AS n, (SELECT count(*) FROM tallied) AS groups`,
    );
    const removed = await client.query(
      `WITH batch AS (
         SELECT "id" FROM "Signature"
          WHERE "countedAt" IS NOT NULL AND ("status" <> 'CONFIRMED' OR "suspect")
          LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
       ), unmarked AS (
         UPDATE "Signature" s SET "countedAt" = NULL FROM batch WHERE s."id" = batch."id"
         RETURNING s."petitionId", s."country", s."receiptCommitment"
       ), corrected AS (
         INSERT INTO "LedgerEntry" ("petitionId", "day", "kind", "commitment")
         SELECT "petitionId", timezone('UTC', now())::date, 'REMOVE', "receiptCommitment" FROM unmarked
       ), grouped AS (
         SELECT "petitionId", "country", count(*) AS n FROM unmarked GROUP BY 1, 2
       ), tallied AS (
         UPDATE "PetitionTally" t SET "count" = t."count" - g.n, "updatedAt" = timezone('UTC', now())
           FROM grouped g WHERE t."petitionId" = g."petitionId" AND t."country" = g."country"
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM unmarked) AS n, (SELECT count(*) FROM tallied) AS groups`,
    );
    await client.query("COMMIT");
    const sum = (result: { rows: { n: string | number }[] }) =>
      result.rows.reduce((total, row) => total + Number(row.n), 0);
    return { added: sum(added), removed: sum(removed) };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
