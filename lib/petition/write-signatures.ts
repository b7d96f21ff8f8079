import "server-only";
import type { PoolClient } from "pg";
import { createGroupCommit } from "@/lib/db/group-commit";
import { pgPool } from "@/lib/db/pg-pool";
import { isTransientDatabaseError, retryOnDisconnect } from "@/lib/db/retry-on-disconnect";
import { consumeLimitCounts, workFactorFor } from "./rate-limits";

/** One signature ready to store, with everything the limits and the statement need. */
export type PendingSignature = {
  /** Rate-limit keys (keyed hashes); `domain` is null for the big mail providers. */
  limits: { ip: string; domain: string | null };
  /** The proof-of-work that came with it, in multiples of the base cost (0: none). Enough of it lets a risky submission through. */
  provedWork: number;
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
    /** The partner organisation the signer came through (its link or its embedded form). */
    partnerId: string | null;
  };
};

export type WriteOutcome = "accepted" | "challenge" | "unavailable";

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
    // index, and a row that already holds this submission's link is left alone.
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
  const counts = await consumeLimitCounts(attempts, client);
  let next = 0;
  const decisions = batch.map((pending) => {
    const ip = workFactorFor("ip", counts[next++]!);
    // The challenge route cannot know a form's domain, so a busy domain asks for the base cost only.
    const domain = pending.limits.domain ? Math.min(1, workFactorFor("domain", counts[next++]!)) : 0;
    return decide(pending, ip, domain);
  });
  const rows = decisions.flatMap((decision, i) =>
    decision.outcome === "accepted" ? [{ ...batch[i]!.row, suspectReason: decision.suspectReason }] : [],
  );
  if (rows.length > 0) await insertSignatures(client, rows);
  return decisions.map((decision) => decision.outcome);
}

/**
 * Over a limit, nobody is refused (issue 11: a botnet must not silence everyone behind
 * a Tor exit or a NAT by burning its budget). `ip` and `domain` are the proof-of-work
 * each limit asks for, in multiples of the base cost; it grows with the address's count.
 */
function decide(
  pending: PendingSignature,
  ip: number,
  domain: number,
): { outcome: Exclude<WriteOutcome, "unavailable">; suspectReason: string | null } {
  if (pending.provedWork >= Math.max(ip, domain)) return { outcome: "accepted", suspectReason: null };
  // A browser running our script is asked to prove (more) work; anything else (no
  // JavaScript, a script-less bot) is kept but marked, and not counted until staff
  // review it. Nobody is silently dropped.
  if (pending.canProveWork) return { outcome: "challenge", suspectReason: null };
  const reasons = [ip > 0 ? "ip-rate" : null, domain > 0 ? "domain-rate" : null];
  return { outcome: "accepted", suspectReason: reasons.filter(Boolean).join(",") };
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
      column("partnerId"),
    ],
  });
}

// One statement: the signatures and their mails are committed together or not at
// all (and with the limits' counts, in writeBatch's transaction). Rows go in (petition,
// email hash) order, the same for every writer, so two batches never deadlock on the
// unique index.
//
// A signature says what its owner confirmed (decision 004): a new submission for an
// UNCONFIRMED signature replaces its name, country and choices and issues a fresh
// link (the old one stops working), so whoever holds the mailbox confirms what they
// typed last. A confirmed or invalidated signature is never touched. At most
// LINKS_PER_HOUR links an hour go to one address, so replacing cannot flood a mailbox.
// A retry after a lost reply finds its own token stored and writes nothing again.
// The same address twice in one batch is stored once: the latest submission wins.
export const LINKS_PER_HOUR = 5;

const INSERT_SQL = `
WITH input AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::bytea[], $4::bytea[], $5::bytea[], $6::text[], $7::text[], $8::boolean[],
                       $9::boolean[], $10::int[], $11::text[], $12::text[], $13::text[], $14::bytea[], $15::timestamp(3)[],
                       $16::bytea[], $17::text[], $18::text[], $19::jsonb[], $20::text[])
    WITH ORDINALITY AS t(id, petition_id, email_hash, domain_hash, email_encrypted, name, country, show_publicly,
                         contact_opt_in, consent_version, consent_locale, locale, suspect_reason, token_hash, expires_at,
                         ip_hash, outbox_id, mail_to, mail_payload, partner_id, arrival)
), latest AS (
  SELECT DISTINCT ON (petition_id, email_hash) * FROM input ORDER BY petition_id, email_hash, arrival DESC
), stored AS (
  INSERT INTO "Signature" AS s ("id", "petitionId", "emailHash", "emailDomainHash", "emailEncrypted", "name", "country",
    "showPublicly", "contactOptIn", "consentVersion", "consentLocale", "locale", "suspect", "suspectReason",
    "confirmTokenHash", "confirmExpiresAt", "ipHash", "status", "createdAt", "partnerId")
  SELECT id, petition_id, email_hash, domain_hash, email_encrypted, name, country, show_publicly, contact_opt_in,
         consent_version, consent_locale, locale, suspect_reason IS NOT NULL, suspect_reason, token_hash, expires_at, ip_hash,
         'PENDING'::"SignatureStatus", timezone('UTC', now()), partner_id
    FROM latest ORDER BY petition_id, email_hash
  ON CONFLICT ("petitionId", "emailHash") DO UPDATE SET
    "name" = EXCLUDED."name", "country" = EXCLUDED."country", "showPublicly" = EXCLUDED."showPublicly",
    "contactOptIn" = EXCLUDED."contactOptIn", "emailEncrypted" = EXCLUDED."emailEncrypted",
    "consentVersion" = EXCLUDED."consentVersion", "consentLocale" = EXCLUDED."consentLocale", "locale" = EXCLUDED."locale",
    "suspect" = EXCLUDED."suspect", "suspectReason" = EXCLUDED."suspectReason", "ipHash" = EXCLUDED."ipHash",
    "confirmTokenHash" = EXCLUDED."confirmTokenHash", "confirmExpiresAt" = EXCLUDED."confirmExpiresAt",
    "partnerId" = EXCLUDED."partnerId",
    -- A link's issue time is its expiry minus the validity: a new hour starts a new count.
    "confirmLinksSent" = CASE WHEN s."confirmExpiresAt" IS NULL
                                OR s."confirmExpiresAt" <= EXCLUDED."confirmExpiresAt" - interval '1 hour'
                              THEN 1 ELSE s."confirmLinksSent" + 1 END
  WHERE s."status" = 'PENDING'
    AND s."confirmTokenHash" IS DISTINCT FROM EXCLUDED."confirmTokenHash"
    AND (s."confirmLinksSent" < ${LINKS_PER_HOUR} OR s."confirmExpiresAt" IS NULL
         OR s."confirmExpiresAt" <= EXCLUDED."confirmExpiresAt" - interval '1 hour')
  RETURNING s."confirmTokenHash"
)
INSERT INTO "EmailOutbox" ("id", "to", "template", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
SELECT outbox_id, mail_to, 'petition-confirm', mail_payload, 'PENDING'::"OutboxStatus", 0, timezone('UTC', now()), timezone('UTC', now())
  FROM latest
 WHERE token_hash IN (SELECT "confirmTokenHash" FROM stored)
 ORDER BY arrival`;
