import crypto from "node:crypto";
import { env } from "@/lib/config/env";
import type { HashBytes } from "@/lib/petition/keyed-hash";
import { normaliseEmail } from "@/lib/petition/normalise-email";

/**
 * Dedupe key of a press subscriber: keyed like a signer's, under its own label, so a
 * stolen database cannot tell which journalists also signed the petition.
 */
export function pressEmailHashOf(email: string): HashBytes {
  const address = normaliseEmail(email).address;
  return new Uint8Array(crypto.createHmac("sha256", env().SIGNATURE_PEPPER).update(`press-email\0${address}`).digest());
}
