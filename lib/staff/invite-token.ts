import crypto from "node:crypto";

export const INVITE_VALID_HOURS = 72;

/** A random invite token and the hash that is stored; the token itself is never stored. */
export function newInviteToken(): { token: string; tokenHash: Uint8Array<ArrayBuffer> } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInviteToken(token) };
}

export function hashInviteToken(token: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(crypto.createHash("sha256").update(token, "utf8").digest());
}
