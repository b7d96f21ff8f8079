import crypto from "node:crypto";
import { env } from "@/lib/config/env";

// AES-256-GCM with the app's data key (DATA_ENCRYPTION_KEY, 64 hex characters).
// Layout: 12-byte random IV | ciphertext | 16-byte auth tag.
const IV_BYTES = 12;
const TAG_BYTES = 16;

// Parsed once per key value: signing encrypts two or three values per request.
let cached: { hex: string; key: crypto.KeyObject } | undefined;

function key(): crypto.KeyObject {
  const hex = env().DATA_ENCRYPTION_KEY;
  if (cached?.hex === hex) return cached.key;
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error("DATA_ENCRYPTION_KEY must be 64 hex characters");
  cached = { hex, key: crypto.createSecretKey(Buffer.from(hex, "hex")) };
  return cached.key;
}

export function encrypt(plain: string): Buffer {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

export function decrypt(data: Buffer): string {
  const iv = data.subarray(0, IV_BYTES);
  const tag = data.subarray(data.length - TAG_BYTES);
  const body = data.subarray(IV_BYTES, data.length - TAG_BYTES);
  const decipher = crypto.createDecipheriv("aes-256-gcm", key(), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}

/** For text columns (the staff TOTP secret is a String column): base64 of the sealed bytes. */
export function encryptToText(plain: string): string {
  return encrypt(plain).toString("base64");
}

export function decryptText(sealed: string): string {
  return decrypt(Buffer.from(sealed, "base64"));
}
