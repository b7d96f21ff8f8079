import crypto from "node:crypto";
import { env } from "@/lib/config/env";

// The link in every campaign mail names the signature and carries a keyed MAC of it:
// nothing to store per message, it keeps working for every mail already sent, and no
// one can unsubscribe someone else by guessing (the key is SIGNATURE_PEPPER, outside
// the database). The signature id is random and says nothing about the signer.
const LABEL = "unsubscribe";

function mac(signatureId: string): string {
  return crypto
    .createHmac("sha256", env().SIGNATURE_PEPPER)
    .update(`${LABEL}\0${signatureId}`)
    .digest()
    .subarray(0, 16)
    .toString("base64url");
}

export function unsubscribeTokenFor(signatureId: string): string {
  return `${signatureId}.${mac(signatureId)}`;
}

/** The signature a token names, or null when the token was not made here. */
export function signatureIdOfUnsubscribeToken(token: string): string | null {
  const match = /^([A-Za-z0-9_-]{8,64})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!match) return null;
  const [, id, given] = match as unknown as [string, string, string];
  const expected = Buffer.from(mac(id));
  const actual = Buffer.from(given);
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected) ? id : null;
}
