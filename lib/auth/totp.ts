import "server-only";
import { generateSecret, generateURI, verifySync } from "otplib";
import QRCode from "qrcode";
import { postgresLimiter } from "@/lib/rate-limit/postgres-limiter";

export function newTotpSecret(): string {
  return generateSecret();
}

export async function totpQrDataUrl(secret: string, email: string): Promise<string> {
  const uri = generateURI({ issuer: "Free Voices", label: email, secret });
  return QRCode.toDataURL(uri, { errorCorrectionLevel: "M", margin: 1, width: 220 });
}

// A code seen once is refused for the rest of its window (and the tolerance around
// it), so a code read over a shoulder or from a log cannot be replayed.
const usedCodes = () => postgresLimiter({ keyPrefix: "totp-used", points: 1, duration: 120 });

/** True when `code` is valid now (±30 s) for `secret` and was not used before by `userId`. */
export async function verifyTotpCode(userId: string, secret: string, code: string): Promise<boolean> {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return false;
  const result = verifySync({ secret, token, epochTolerance: 30 });
  if (!result.valid) return false;
  try {
    const step = "timeStep" in result ? result.timeStep : token;
    await usedCodes().consume(`${userId}:${step}`);
    return true;
  } catch {
    return false;
  }
}
