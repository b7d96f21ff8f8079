import "server-only";
import crypto from "node:crypto";
import { env } from "@/lib/config/env";
import { encrypt } from "@/lib/crypto/encryption";
import { pgPool } from "@/lib/db/pg-pool";
import { retryOnDisconnect } from "@/lib/db/retry-on-disconnect";
import { localePath, type Locale } from "@/lib/i18n/routing";
import { sealAddress, sealPayload } from "@/lib/mail/seal-outbox-message";
import { wakeOutboxWorker } from "@/lib/mail/outbox-worker";
import { getCurrentPetition } from "./get-current-petition";
import { domainHashOf, emailHashOf, ipHashOf, newToken, tokenHashOf } from "./keyed-hash";
import { isCommonMailDomain, normaliseEmail } from "./normalise-email";
import { verifyProofOfWork } from "./proof-of-work";
import { consumeLimit } from "./rate-limits";
import { signPetitionSchema } from "./schemas";

export const CONFIRM_VALID_DAYS = 7;

export type SignOutcome =
  /** Saved (or already signed: the signer is never told which). */
  | { status: "accepted" }
  | { status: "invalid"; fieldErrors: Record<string, string[]>; formError?: "honeypot" | "consentChanged" }
  /** Risky, and this browser can prove work: solve the challenge and send again. Nothing stored. */
  | { status: "challenge" }
  | { status: "rate-limited" }
  | { status: "closed" }
  /** The database could not be reached in time: nothing was acknowledged. */
  | { status: "unavailable" };

export type SignContext = { ip: string; locale: Locale };

/**
 * The whole signing path: validate, limit, assess risk, then one INSERT statement
 * that writes the signature and its confirmation mail together (or nothing). The
 * caller acknowledges only after this returns, i.e. after the commit; a lost
 * connection is retried, which is safe because the statement is idempotent
 * (the unique (petitionId, emailHash) index makes a second run a no-op).
 */
export async function signPetition(form: Record<string, string | undefined>, context: SignContext): Promise<SignOutcome> {
  const parsed = signPetitionSchema.safeParse(form);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return { status: "invalid", fieldErrors };
  }
  const input = parsed.data;
  // A filled honeypot is a bot: refused, nothing stored.
  if (input.website) return { status: "invalid", fieldErrors: {}, formError: "honeypot" };

  try {
    return await retryOnDisconnect(() => sign(input, context), 8_000);
  } catch (error) {
    console.error("[petition] signing failed:", error instanceof Error ? error.message : error);
    return { status: "unavailable" };
  }
}

async function sign(input: ReturnType<typeof signPetitionSchema.parse>, context: SignContext): Promise<SignOutcome> {
  const petition = await getCurrentPetition();
  if (!petition || petition.status !== "OPEN") return { status: "closed" };
  if (input.consentVersion !== petition.consentVersion) return { status: "invalid", fieldErrors: {}, formError: "consentChanged" };

  const { address, domain } = normaliseEmail(input.email);
  const ipHash = ipHashOf(context.ip);
  const domainHash = domainHashOf(domain);

  const [ipVerdict, domainVerdict] = await Promise.all([
    consumeLimit("ip", Buffer.from(ipHash).toString("base64url")),
    isCommonMailDomain(domain) ? Promise.resolve("ok" as const) : consumeLimit("domain", Buffer.from(domainHash).toString("base64url")),
  ]);
  if (ipVerdict === "refused" || domainVerdict === "refused") return { status: "rate-limited" };

  let suspectReason: string | null = null;
  if (ipVerdict === "risky" || domainVerdict === "risky") {
    if (!(await verifyProofOfWork(input.altcha))) {
      // A browser running our script is asked to prove work; anything else (no
      // JavaScript, a script-less bot) is kept but marked, and not counted until
      // staff review it. Nobody is silently dropped.
      if (input.js === "1") return { status: "challenge" };
      suspectReason = [ipVerdict === "risky" ? "ip-rate" : null, domainVerdict === "risky" ? "domain-rate" : null]
        .filter(Boolean)
        .join(",");
    }
  }

  const token = newToken();
  const expiresAt = new Date(Date.now() + CONFIRM_VALID_DAYS * 86_400_000);
  const url = `${env().APP_URL}${localePath(context.locale, `/petition/confirm/${token}`)}`;
  await pgPool().query({
    text: SIGN_SQL,
    values: [
      crypto.randomUUID(),
      petition.id,
      Buffer.from(emailHashOf(address)),
      Buffer.from(domainHash),
      input.contactOptIn ? encrypt(input.email.trim()) : null,
      input.name,
      input.country,
      input.showPublicly,
      input.contactOptIn,
      input.consentVersion,
      context.locale,
      suspectReason !== null,
      suspectReason,
      Buffer.from(tokenHashOf(token)),
      expiresAt,
      Buffer.from(ipHash),
      crypto.randomUUID(),
      sealAddress(input.email.trim()),
      JSON.stringify(sealPayload(context.locale, { url })),
    ],
  });
  wakeOutboxWorker();
  return { status: "accepted" };
}

// One statement, so one implicit transaction: the signature and its mail are
// committed together or not at all. A second signing with the same address writes
// nothing, except that an unconfirmed signature whose mail is older than ten minutes
// gets a fresh link (lost mail), rate limits permitting.
const SIGN_SQL = `
WITH ins AS (
  INSERT INTO "Signature" ("id", "petitionId", "emailHash", "emailDomainHash", "emailEncrypted", "name", "country",
    "showPublicly", "contactOptIn", "consentVersion", "locale", "suspect", "suspectReason",
    "confirmTokenHash", "confirmExpiresAt", "ipHash", "status", "createdAt")
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 'PENDING', timezone('UTC', now()))
  ON CONFLICT ("petitionId", "emailHash") DO NOTHING
  RETURNING id
), resend AS (
  UPDATE "Signature" SET "confirmTokenHash" = $14, "confirmExpiresAt" = $15
   WHERE "petitionId" = $2 AND "emailHash" = $3 AND "status" = 'PENDING'
     AND "confirmExpiresAt" < $15::timestamp - interval '10 minutes'
     AND NOT EXISTS (SELECT 1 FROM ins)
  RETURNING id
)
INSERT INTO "EmailOutbox" ("id", "to", "template", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
SELECT $17, $18, 'petition-confirm', $19::jsonb, 'PENDING', 0, timezone('UTC', now()), timezone('UTC', now())
 WHERE EXISTS (SELECT 1 FROM ins) OR EXISTS (SELECT 1 FROM resend)`;
