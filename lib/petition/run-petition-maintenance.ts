import "server-only";
import { env } from "@/lib/config/env";
import { pgPool } from "@/lib/db/pg-pool";

export const MAINTENANCE_LOCK = 0x46560002;
const NOW = `timezone('UTC', now())`;

/**
 * The privacy schedule, run by one instance at a time: IP hashes deleted after
 * IP_HASH_RETENTION_DAYS; unconfirmed signatures deleted a week after their link
 * expired; signers of a petition closed SIGNATURE_ANONYMISE_DAYS ago anonymised
 * (name, hashes and encrypted email gone; country and status stay, so the count does
 * not change); sent and failed mail rows, used signer requests and expired rate-limit buckets
 * removed.
 */
export async function runPetitionMaintenance(now?: Date): Promise<Record<string, number> | null> {
  const client = await pgPool().connect();
  const at = now ? `$1::timestamp` : NOW;
  const params = now ? [now] : [];
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
      MAINTENANCE_LOCK,
    ]);
    if (!rows[0]?.locked) return null;
    try {
      const { IP_HASH_RETENTION_DAYS, SIGNATURE_ANONYMISE_DAYS } = env();
      const run = async (sql: string) => (await client.query(sql, params)).rowCount ?? 0;
      const result: Record<string, number> = {};
      result.ipHashesDeleted = await run(
        `UPDATE "Signature" SET "ipHash" = NULL WHERE "ipHash" IS NOT NULL AND "createdAt" < ${at} - interval '${IP_HASH_RETENTION_DAYS} days'`,
      );
      result.unconfirmedDeleted = await run(
        `DELETE FROM "Signature" WHERE "status" = 'PENDING' AND "confirmExpiresAt" < ${at} - interval '7 days'`,
      );
      await client.query("BEGIN");
      const due = await client.query<{ id: string }>(
        `SELECT "id" FROM "Petition" WHERE "status" = 'CLOSED' AND "anonymisedAt" IS NULL
            AND "closedAt" < ${at} - interval '${SIGNATURE_ANONYMISE_DAYS} days' FOR UPDATE`,
        params,
      );
      const ids = due.rows.map((row) => row.id);
      result.petitionsAnonymised = ids.length;
      if (ids.length > 0) {
        await client.query(`DELETE FROM "Signature" WHERE "petitionId" = ANY($1) AND "status" = 'PENDING'`, [ids]);
        // The dedupe hash becomes a hash of the row id: still unique, linked to no one.
        const anonymised = await client.query(
          `UPDATE "Signature" SET "name" = '', "emailHash" = sha256(convert_to("id", 'UTF8')), "emailDomainHash" = NULL,
                  "emailEncrypted" = NULL, "ipHash" = NULL, "confirmTokenHash" = NULL, "anonymisedAt" = timezone('UTC', now())
            WHERE "petitionId" = ANY($1) AND "anonymisedAt" IS NULL`,
          [ids],
        );
        result.signaturesAnonymised = anonymised.rowCount ?? 0;
        await client.query(`DELETE FROM "SignerRequest" WHERE "petitionId" = ANY($1)`, [ids]);
        await client.query(`UPDATE "Petition" SET "anonymisedAt" = timezone('UTC', now()) WHERE "id" = ANY($1)`, [ids]);
      }
      await client.query("COMMIT");
      result.mailRowsDeleted = await run(
        `DELETE FROM "EmailOutbox" WHERE "status" = 'SENT' AND "sentAt" < ${at} - interval '7 days'`,
      );
      // Mail given up on: kept a week for staff to see that the mail server failed, then gone.
      // "nextAttemptAt" is the last attempt's time (plus its lease).
      result.failedMailRowsDeleted = await run(
        `DELETE FROM "EmailOutbox" WHERE "status" = 'FAILED' AND "nextAttemptAt" < ${at} - interval '7 days'`,
      );
      result.signerRequestsDeleted = await run(`DELETE FROM "SignerRequest" WHERE "expiresAt" < ${at}`);
      result.rateLimitsDeleted =
        (await client.query(`DELETE FROM "rate_limits" WHERE "expire" < $1`, [Date.now()])).rowCount ?? 0;
      return result;
    } finally {
      await client.query("ROLLBACK").catch(() => {});
      await client.query("SELECT pg_advisory_unlock($1)", [MAINTENANCE_LOCK]).catch(() => {});
    }
  } finally {
    client.release();
  }
}
