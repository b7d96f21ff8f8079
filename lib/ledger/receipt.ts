import { createHash, randomBytes } from "node:crypto";

// A receipt is 160 random bits written in RFC 4648 base32 (letters and 2-7, no case,
// nothing to confuse when copied by hand), shown in groups of four. Only its
// commitment is stored and published: SHA-256 of a fixed label and the receipt. The
// receipt has too much entropy to be guessed from its commitment, so no key is
// needed, and anyone can compute the commitment without asking us (decision 017).

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const RECEIPT_BYTES = 20;
export const COMMITMENT_LABEL = "free-voices receipt v1:";

export function newReceipt(): string {
  const bytes = randomBytes(RECEIPT_BYTES);
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join("-");
}

/** The receipt as typed or pasted, in its canonical form (32 characters), or null. */
export function canonicalReceipt(input: string): string | null {
  const canonical = input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    // Digits a person may read for the letters they resemble; base32 has no 0, 1 or 8.
    .replace(/0/g, "O")
    .replace(/1/g, "I")
    .replace(/8/g, "B");
  return /^[A-Z2-7]{32}$/.test(canonical) ? canonical : null;
}

/** The published commitment: SHA-256("free-voices receipt v1:" + canonical receipt). */
export function commitmentOf(receipt: string): Buffer {
  const canonical = canonicalReceipt(receipt);
  if (!canonical) throw new Error("not a receipt");
  return createHash("sha256")
    .update(COMMITMENT_LABEL + canonical)
    .digest();
}
