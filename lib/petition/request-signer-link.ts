import "server-only";
import crypto from "node:crypto";
import { env } from "@/lib/config/env";
import { pgPool } from "@/lib/db/pg-pool";
import { localePath, type Locale } from "@/lib/i18n/routing";
import { sealAddress, sealPayload } from "@/lib/mail/seal-outbox-message";
import { wakeOutboxWorker } from "@/lib/mail/outbox-worker";
import { getCurrentPetition } from "./get-current-petition";
import { emailHashOf, ipHashOf, newToken, recipientHashOf, tokenHashOf } from "./keyed-hash";
import { normaliseEmail } from "./normalise-email";
import { consumeLimit } from "./rate-limits";
import { signerRequestSchema } from "./schemas";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { errorField, logger } from "@/lib/log/logger";

export const SIGNER_LINK_VALID_HOURS = 24;

export type SignerLinkOutcome =
  | { status: "sent" }
  | { status: "invalid"; fieldErrors: Record<string, string[]> }
  | { status: "rate-limited" }
  | { status: "unavailable" };

/**
 * A signer asks to see or erase their signature: a single-use link goes to the
 * address, so only its owner can act. The answer is the same whether or not the
 * address signed (the mail itself says so only to the mailbox's owner).
 */
export async function requestSignerLink(
  form: Record<string, string | undefined>,
  context: { ip: string; locale: Locale },
): Promise<SignerLinkOutcome> {
  const parsed = signerRequestSchema.safeParse(form);
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const petition = await getCurrentPetition();
    if (!petition) return { status: "unavailable" };
    if ((await consumeLimit("ip", Buffer.from(ipHashOf(`rights:${context.ip}`)).toString("base64url"))) !== "ok")
      return { status: "rate-limited" };
    // Per recipient too: from many addresses (a botnet, Tor circuits) one mailbox
    // still gets a few links an hour, not a flood.
    const address = normaliseEmail(parsed.data.email).address;
    if ((await consumeLimit("recipient", Buffer.from(recipientHashOf(address)).toString("base64url"))) !== "ok")
      return { status: "rate-limited" };
    const token = newToken();
    const url = `${env().APP_URL}${localePath(context.locale, `/petition/my-signature/${token}`)}`;
    await pgPool().query(
      `WITH request AS (
         INSERT INTO "SignerRequest" ("id", "petitionId", "kind", "emailHash", "tokenHash", "expiresAt", "createdAt")
         VALUES ($1, $2, $3::"SignerRequestKind", $4, $5, timezone('UTC', now()) + interval '${SIGNER_LINK_VALID_HOURS} hours', timezone('UTC', now()))
       )
       INSERT INTO "EmailOutbox" ("id", "to", "template", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
       VALUES ($6, $7, 'signer-request', $8::jsonb, 'PENDING', 0, timezone('UTC', now()), timezone('UTC', now()))`,
      [
        crypto.randomUUID(),
        petition.id,
        parsed.data.kind,
        Buffer.from(emailHashOf(address)),
        Buffer.from(tokenHashOf(token)),
        crypto.randomUUID(),
        sealAddress(parsed.data.email),
        JSON.stringify(sealPayload(context.locale, { url, kind: parsed.data.kind })),
      ],
    );
    wakeOutboxWorker();
    return { status: "sent" };
  } catch (error) {
    logger().error({ err: errorField(error) }, "signer request failed");
    return { status: "unavailable" };
  }
}
