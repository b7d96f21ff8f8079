import crypto from "node:crypto";

// AES-256-GCM with DATA_ENCRYPTION_KEY (64 hex characters). Layout of a sealed value:
// version byte (1) | IV (12) | auth tag (16) | ciphertext. The version byte leaves room
// for key rotation without guessing which key sealed an old value.
const VERSION = 1;
const IV_LENGTH = 12;
const TAG_LENGTH = 16;

function key(): Buffer {
  const hex = process.env.DATA_ENCRYPTION_KEY ?? "";
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error("DATA_ENCRYPTION_KEY must be 64 hex characters");
  return Buffer.from(hex, "hex");
}

export function encrypt(plain: string): Buffer {
  const iv = crypto.randomBytes(IV_LENGTH);
  const cipher = crypto.createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

/** Throws when the value was altered or sealed with another key. */
export function decrypt(sealed: Buffer | Uint8Array): string {
  const buf = Buffer.from(sealed);
  if (buf.length < 1 + IV_LENGTH + TAG_LENGTH || buf[0] !== VERSION) throw new Error("Unreadable encrypted value");
  const iv = buf.subarray(1, 1 + IV_LENGTH);
  const tag = buf.subarray(1 + IV_LENGTH, 1 + IV_LENGTH + TAG_LENGTH);
  const decipher = crypto.createDecipheriv("aes-256-gcm", key(), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(buf.subarray(1 + IV_LENGTH + TAG_LENGTH)), decipher.final()]).toString("utf8");
}

/** For text columns (the TOTP secret is stored as a String): base64 of the sealed bytes. */
export function encryptToText(plain: string): string {
  return encrypt(plain).toString("base64");
}

export function decryptText(sealed: string): string {
  return decrypt(Buffer.from(sealed, "base64"));
}
