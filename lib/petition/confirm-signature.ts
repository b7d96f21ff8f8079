import "server-only";
import crypto from "node:crypto";
import { env } from "@/lib/config/env";
import { decrypt } from "@/lib/crypto/encryption";
import { pgPool } from "@/lib/db/pg-pool";
import { retryOnDisconnect } from "@/lib/db/retry-on-disconnect";
import { isLocale, localePath } from "@/lib/i18n/routing";
import { commitmentOf, newReceipt } from "@/lib/ledger/receipt";
import { sealAddress, sealPayload } from "@/lib/mail/seal-outbox-message";
import { wakeOutboxWorker } from "@/lib/mail/outbox-worker";
import { tokenHashOf } from "./keyed-hash";

export type ConfirmOutcome =
  /** The receipt is shown once and never stored: only its commitment is (decision 017). */
  { status: "confirmed"; receipt: string } | { status: "invalid" } | { status: "unavailable" };

/**
 * Confirms the signature a link's token belongs to: only by POST (the landing
 * page's button), single use (the token hash is cleared), and only before it
 * expires. An invalidated signature cannot be confirmed. The signer gets a receipt;
 * if we hold their address (they asked to be contacted), it is mailed to them too,
 * from the outbox, in the same transaction.
 */
export async function confirmSignature(token: string): Promise<ConfirmOutcome> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "invalid" };
  const receipt = newReceipt();
  try {
    const mailed = await retryOnDisconnect(() => confirmAndQueueReceipt(token, receipt));
    if (mailed === null) return { status: "invalid" };
    if (mailed) wakeOutboxWorker();
    return { status: "confirmed", receipt };
  } catch {
    return { status: "unavailable" };
  }
}

/** null: no such pending signature; otherwise whether a receipt mail was queued. */
async function confirmAndQueueReceipt(token: string, receipt: string): Promise<boolean | null> {
  const client = await pgPool().connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ emailEncrypted: Buffer | null; locale: string }>(
      `UPDATE "Signature" SET "status" = 'CONFIRMED', "confirmedAt" = timezone('UTC', now()),
              "confirmTokenHash" = NULL, "confirmExpiresAt" = NULL, "receiptCommitment" = $2
        WHERE "confirmTokenHash" = $1 AND "status" = 'PENDING' AND "confirmExpiresAt" > timezone('UTC', now())
        RETURNING "emailEncrypted", "locale"`,
      [Buffer.from(tokenHashOf(token)), commitmentOf(receipt)],
    );
    const row = rows[0];
    if (row?.emailEncrypted) {
      const locale = isLocale(row.locale) ? row.locale : "en";
      const verifyUrl = `${env().APP_URL}${localePath(locale, "/petition/verify")}`;
      await client.query(
        `INSERT INTO "EmailOutbox" ("id", "to", "template", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
         VALUES ($1, $2, 'petition-receipt', $3::jsonb, 'PENDING', 0, timezone('UTC', now()), timezone('UTC', now()))`,
        [
          crypto.randomUUID(),
          sealAddress(decrypt(row.emailEncrypted)),
          JSON.stringify(sealPayload(locale, { receipt, url: verifyUrl })),
        ],
      );
    }
    await client.query("COMMIT");
    return row ? Boolean(row.emailEncrypted) : null;
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    // A connection that failed mid-transaction is dropped, not reused.
    client.release(broken);
  }
}
