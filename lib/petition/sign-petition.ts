import "server-only";
import crypto from "node:crypto";
import { env } from "@/lib/config/env";
import { encrypt } from "@/lib/crypto/encryption";
import { retryOnDisconnect } from "@/lib/db/retry-on-disconnect";
import { localePath, type Locale } from "@/lib/i18n/routing";
import { sealAddress, sealPayload } from "@/lib/mail/seal-outbox-message";
import { wakeOutboxWorker } from "@/lib/mail/outbox-worker";
import { errorField, logger } from "@/lib/log/logger";
import { countSignature, type SignatureOutcome } from "@/lib/metrics/metrics";
import { findPartnerByCode } from "@/lib/partners/find-partner-by-code";
import { getCurrentPetition } from "./get-current-petition";
import { domainHashOf, emailHashOf, ipHashOf, newToken, tokenHashOf } from "./keyed-hash";
import { isCommonMailDomain, normaliseEmail } from "./normalise-email";
import { verifyProofOfWork } from "./proof-of-work";
import { signPetitionSchema } from "./schemas";
import { writeSignature } from "./write-signatures";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

export const CONFIRM_VALID_DAYS = 7;

export type SignOutcome =
  /** Saved (or already signed: the signer is never told which). */
  | { status: "accepted" }
  | { status: "invalid"; fieldErrors: Record<string, string[]>; formError?: "honeypot" | "consentChanged" }
  /** Risky, and this browser can prove work: solve the challenge and send again. Nothing stored. */
  | { status: "challenge" }
  | { status: "closed" }
  /** The database could not be reached in time: nothing was acknowledged. */
  | { status: "unavailable" };

export type SignContext = {
  ip: string;
  locale: Locale;
  /** An embedded form posted from another site: it cannot run our proof-of-work, whatever it says. */
  embedded?: boolean;
};

/**
 * The whole signing path: validate, then hand the signature to the group commit,
 * which counts the rate limits and writes the signature and its confirmation mail
 * in as few statements as possible for everyone signing at that moment. The caller
 * acknowledges only after this returns, i.e. after the commit.
 */
export async function signPetition(
  form: Record<string, string | undefined>,
  context: SignContext,
): Promise<SignOutcome> {
  const outcome = await validateAndSign(form, context);
  countSignature(METRIC_OUTCOME[outcome.status]);
  return outcome;
}

const METRIC_OUTCOME: Record<SignOutcome["status"], SignatureOutcome> = {
  accepted: "accepted",
  challenge: "challenged",
  closed: "refused",
  invalid: "invalid",
  unavailable: "unavailable",
};

async function validateAndSign(form: Record<string, string | undefined>, context: SignContext): Promise<SignOutcome> {
  const parsed = signPetitionSchema.safeParse(form);
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const input = parsed.data;
  // A filled honeypot is a bot: refused, nothing stored.
  if (input.website) return { status: "invalid", fieldErrors: {}, formError: "honeypot" };

  try {
    return await sign(input, context);
  } catch (error) {
    logger().error({ err: errorField(error) }, "signing failed");
    return { status: "unavailable" };
  }
}

async function sign(input: ReturnType<typeof signPetitionSchema.parse>, context: SignContext): Promise<SignOutcome> {
  const petition = await retryOnDisconnect(getCurrentPetition, 8_000);
  if (!petition || petition.status !== "OPEN") return { status: "closed" };
  // A notice can only be agreed to in a language it exists in for the current version.
  const consentLocale = input.consentLocale ?? context.locale;
  if (input.consentVersion !== petition.consentVersion || !petition.consentLocales.includes(consentLocale)) {
    return { status: "invalid", fieldErrors: {}, formError: "consentChanged" };
  }

  const { address, domain } = normaliseEmail(input.email);
  const ipHash = Buffer.from(ipHashOf(context.ip));
  const domainHash = Buffer.from(domainHashOf(domain));
  const token = newToken();
  const partner = input.partner ? await findPartnerByCode(input.partner) : null;
  const url = `${env().APP_URL}${localePath(context.locale, `/petition/confirm/${token}`)}`;
  const outcome = await writeSignature({
    limits: {
      ip: ipHash.toString("base64url"),
      domain: isCommonMailDomain(domain) ? null : domainHash.toString("base64url"),
    },
    // Only a browser that was asked sends a solution; checking it also spends it.
    provedWork: input.altcha ? await verifyProofOfWork(input.altcha) : 0,
    canProveWork: input.js === "1" && !context.embedded,
    row: {
      id: crypto.randomUUID(),
      petitionId: petition.id,
      emailHash: Buffer.from(emailHashOf(address)),
      domainHash,
      emailEncrypted: input.contactOptIn ? encrypt(input.email.trim()) : null,
      name: input.name,
      country: input.country,
      showPublicly: input.showPublicly,
      contactOptIn: input.contactOptIn,
      consentVersion: input.consentVersion,
      consentLocale,
      locale: context.locale,
      tokenHash: Buffer.from(tokenHashOf(token)),
      expiresAt: new Date(Date.now() + CONFIRM_VALID_DAYS * 86_400_000),
      ipHash,
      outboxId: crypto.randomUUID(),
      mailTo: sealAddress(input.email.trim()),
      mailPayload: JSON.stringify(sealPayload(context.locale, { url })),
      partnerId: partner?.id ?? null,
    },
  });
  if (outcome === "accepted") wakeOutboxWorker();
  return { status: outcome };
}
