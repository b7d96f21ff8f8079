import "server-only";
import type { PoolClient } from "pg";
import { createGroupCommit } from "@/lib/db/group-commit";
import { pgPool } from "@/lib/db/pg-pool";
import { isTransientDatabaseError, retryOnDisconnect } from "@/lib/db/retry-on-disconnect";
import { consumeLimits, type LimitVerdict } from "./rate-limits";

/** One signature ready to store, with everything the limits and the statement need. */
export type PendingSignature = {
  /** Rate-limit keys (keyed hashes); `domain` is null for the big mail providers. */
  limits: { ip: string; domain: string | null };
  /** A valid proof-of-work came with it: a risky submission is then taken as it is. */
  provedWork: boolean;
  /** The browser runs our script, so a risky submission can be asked for proof-of-work instead. */
  canProveWork: boolean;
  row: {
    id: string;
    petitionId: string;
    emailHash: Buffer;
    domainHash: Buffer;
    emailEncrypted: Buffer | null;
    name: string;
    country: string;
    showPublicly: boolean;
    contactOptIn: boolean;
    consentVersion: number;
    consentLocale: string;
    locale: string;
    tokenHash: Buffer;
    expiresAt: Date;
    ipHash: Buffer;
    outboxId: string;
    mailTo: string;
    mailPayload: string;
  };
};

export type WriteOutcome = "accepted" | "challenge" | "rate-limited" | "unavailable";

/**
 * Stores a signature together with every other signature submitted meanwhile
 * (decision 006): one statement counts all their rate limits, one writes all the
 * rows and their mails. Resolves after the commit, so "accepted" is an
 * acknowledgement that survives a crash.
 */
export const writeSignature: (pending: PendingSignature) => Promise<WriteOutcome> = createGroupCommit(writeWithRetry, {
  maxBatch: 200,
});

async function writeWithRetry(batch: PendingSignature[]): Promise<WriteOutcome[]> {
  try {
    // Safe to run again after a lost reply: the rows are deduplicated by the unique
    // index, and a link is re-sent only when the stored one is ten minutes old.
    return await retryOnDisconnect(() => writeBatch(batch), 8_000);
  } catch (error) {
    if (batch.length === 1 || isTransientDatabaseError(error)) throw error;
    // One row the database refuses must not fail its neighbours: write them one by one.
    return Promise.all(
      batch.map((pending) =>
        retryOnDisconnect(() => writeBatch([pending]), 8_000).then(
          ([outcome]) => outcome!,
          () => "unavailable" as const,
        ),
      ),
    );
  }
}

/**
 * Counts the limits and writes the rows in one transaction: a batch that fails
 * (a connection cut by a database restart) leaves no count behind, so retrying it
 * cannot push honest signers over a limit.
 */
async function writeBatch(batch: PendingSignature[]): Promise<WriteOutcome[]> {
  const client = await pgPool().connect();
  let broken: Error | undefined;
  // A checked-out connection that the server cuts emits "error" between queries;
  // unheard, that would crash the process. The query in progress fails anyway.
  const onError = (error: Error) => (broken ??= error);
  client.on("error", onError);
  try {
    await client.query("BEGIN");
    const outcomes = await decideAndInsert(client, batch);
    await client.query("COMMIT");
    return outcomes;
  } catch (error) {
    broken ??= error instanceof Error ? error : new Error(String(error));
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.off("error", onError);
    // A connection that failed mid-transaction is dropped, not reused.
    client.release(broken);
  }
}

async function decideAndInsert(client: PoolClient, batch: PendingSignature[]): Promise<WriteOutcome[]> {
  const attempts = batch.flatMap(({ limits }) => [
    { kind: "ip" as const, key: limits.ip },
    ...(limits.domain ? [{ kind: "domain" as const, key: limits.domain }] : []),
  ]);
  const verdicts = await consumeLimits(attempts, client);
  let next = 0;
  const decisions = batch.map((pending) => {
    const ip = verdicts[next++]!;
    const domain = pending.limits.domain ? verdicts[next++]! : "ok";
    return decide(pending, ip, domain);
  });
  const rows = decisions.flatMap((decision, i) =>
    decision.outcome === "accepted" ? [{ ...batch[i]!.row, suspectReason: decision.suspectReason }] : [],
  );
  if (rows.length > 0) await insertSignatures(client, rows);
  return decisions.map((decision) => decision.outcome);
}

function decide(
  pending: PendingSignature,
  ip: LimitVerdict,
  domain: LimitVerdict,
): { outcome: Exclude<WriteOutcome, "unavailable">; suspectReason: string | null } {
  if (ip === "refused" || domain === "refused") return { outcome: "rate-limited", suspectReason: null };
  if ((ip === "risky" || domain === "risky") && !pending.provedWork) {
    // A browser running our script is asked to prove work; anything else (no
    // JavaScript, a script-less bot) is kept but marked, and not counted until
    // staff review it. Nobody is silently dropped.
    if (pending.canProveWork) return { outcome: "challenge", suspectReason: null };
    const reasons = [ip === "risky" ? "ip-rate" : null, domain === "risky" ? "domain-rate" : null];
    return { outcome: "accepted", suspectReason: reasons.filter(Boolean).join(",") };
  }
  return { outcome: "accepted", suspectReason: null };
}

type Row = PendingSignature["row"] & { suspectReason: string | null };

async function insertSignatures(client: PoolClient, rows: Row[]) {
  const column = <K extends keyof Row>(key: K) => rows.map((row) => row[key]);
  await client.query({
    text: INSERT_SQL,
    values: [
      column("id"),
      column("petitionId"),
      column("emailHash"),
      column("domainHash"),
      column("emailEncrypted"),
      column("name"),
      column("country"),
      column("showPublicly"),
      column("contactOptIn"),
      column("consentVersion"),
      column("consentLocale"),
      column("locale"),
      column("suspectReason"),
      column("tokenHash"),
      column("expiresAt"),
      column("ipHash"),
      column("outboxId"),
      column("mailTo"),
      column("mailPayload"),
    ],
  });
}

// One statement: the signatures and their mails are committed together or not at
// all (and with the limits' counts, in writeBatch's transaction). Rows go in (petition, email hash) order, the same for
// every writer, so two batches never deadlock on the unique index. An address that
// had signed writes nothing, except that an unconfirmed signature whose link is
// older than ten minutes gets a fresh one (lost mail). The resend part cannot see
// rows inserted by this same statement, so a new signature is never mailed twice;
// the same address twice in one batch is stored once, with the first one's link.
const INSERT_SQL = `
WITH input AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::bytea[], $4::bytea[], $5::bytea[], $6::text[], $7::text[], $8::boolean[],
                       $9::boolean[], $10::int[], $11::text[], $12::text[], $13::text[], $14::bytea[], $15::timestamp(3)[],
                       $16::bytea[], $17::text[], $18::text[], $19::jsonb[])
    WITH ORDINALITY AS t(id, petition_id, email_hash, domain_hash, email_encrypted, name, country, show_publicly,
                         contact_opt_in, consent_version, consent_locale, locale, suspect_reason, token_hash, expires_at,
                         ip_hash, outbox_id, mail_to, mail_payload, arrival)
), ins AS (
  INSERT INTO "Signature" ("id", "petitionId", "emailHash", "emailDomainHash", "emailEncrypted", "name", "country",
    "showPublicly", "contactOptIn", "consentVersion", "consentLocale", "locale", "suspect", "suspectReason",
    "confirmTokenHash", "confirmExpiresAt", "ipHash", "status", "createdAt")
  SELECT id, petition_id, email_hash, domain_hash, email_encrypted, name, country, show_publicly, contact_opt_in,
         consent_version, consent_locale, locale, suspect_reason IS NOT NULL, suspect_reason, token_hash, expires_at, ip_hash,
         'PENDING'::"SignatureStatus", timezone('UTC', now())
    FROM input ORDER BY petition_id, email_hash, arrival
  ON CONFLICT ("petitionId", "emailHash") DO NOTHING
  RETURNING "confirmTokenHash"
), resend AS (
  UPDATE "Signature" s SET "confirmTokenHash" = i.token_hash, "confirmExpiresAt" = i.expires_at
    FROM (SELECT DISTINCT ON (petition_id, email_hash) * FROM input ORDER BY petition_id, email_hash, arrival) i
   WHERE s."petitionId" = i.petition_id AND s."emailHash" = i.email_hash AND s."status" = 'PENDING'
     AND s."confirmExpiresAt" < i.expires_at - interval '10 minutes'
  RETURNING s."confirmTokenHash"
)
INSERT INTO "EmailOutbox" ("id", "to", "template", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
SELECT outbox_id, mail_to, 'petition-confirm', mail_payload, 'PENDING'::"OutboxStatus", 0, timezone('UTC', now()), timezone('UTC', now())
  FROM input
 WHERE token_hash IN (SELECT "confirmTokenHash" FROM ins UNION ALL SELECT "confirmTokenHash" FROM resend)
 ORDER BY arrival`;
