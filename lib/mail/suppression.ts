import "server-only";
import type { Pool } from "pg";
import { emailHashOf } from "@/lib/petition/keyed-hash";
import { normaliseEmail } from "@/lib/petition/normalise-email";

// The suppression list holds HMAC(pepper, normalised address): the key a signature is
// stored under, so campaign mail can leave out suppressed signers in the same query, and
// never the address (a database dump must not list who bounced).
export function suppressionKey(address: string): Buffer {
  return Buffer.from(emailHashOf(normaliseEmail(address).address));
}

/**
 * A refusal that says "this mailbox will never take mail": a 5xx answer to RCPT TO
 * (nodemailer's EENVELOPE). A 5xx at another step (our own relay refusing us, content
 * refused) says nothing about the recipient, and must not silence every address at once.
 */
export function isPermanentRecipientRejection(error: unknown): boolean {
  const details = (error ?? {}) as { code?: unknown; responseCode?: unknown; command?: unknown };
  const permanent =
    typeof details.responseCode === "number" && details.responseCode >= 500 && details.responseCode < 600;
  const atRecipient =
    details.code === "EENVELOPE" || (typeof details.command === "string" && /^RCPT\b/i.test(details.command));
  return permanent && atRecipient;
}

export async function suppressAddress(pool: Pool, address: string, reason: "bounce" | "complaint") {
  await pool.query(
    `INSERT INTO "MailSuppression" ("addressHash", "reason", "createdAt") VALUES ($1, $2, timezone('UTC', now()))
     ON CONFLICT ("addressHash") DO NOTHING`,
    [suppressionKey(address), reason],
  );
}

/** Which of these addresses are suppressed, in one query for a whole batch. */
export async function suppressedAmong(pool: Pool, addresses: string[]): Promise<Set<string>> {
  if (addresses.length === 0) return new Set();
  const keys = addresses.map(suppressionKey);
  const { rows } = await pool.query<{ addressHash: Buffer }>(
    `SELECT "addressHash" FROM "MailSuppression" WHERE "addressHash" = ANY($1::bytea[])`,
    [keys],
  );
  const found = new Set(rows.map((row) => row.addressHash.toString("hex")));
  return new Set(addresses.filter((_address, i) => found.has(keys[i]!.toString("hex"))));
}
