import { createHash } from "node:crypto";

/** A short fingerprint of an English text: equal texts, equal hashes; whitespace at the ends ignored. */
export function englishHash(text: string | null | undefined): string {
  return createHash("sha256")
    .update((text ?? "").trim())
    .digest("base64url")
    .slice(0, 22);
}
