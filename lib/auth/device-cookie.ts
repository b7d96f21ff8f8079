import "server-only";
import crypto from "node:crypto";
import { cookies } from "next/headers";
import { env } from "@/lib/config/env";

// A device that signed in before carries this signed cookie. It grants nothing by
// itself (password and code are still needed); it only exempts that device from the
// per-account friction, so a botnet guessing an account's password cannot keep its
// owner out. One cookie per account, so a shared office computer can remember several.
const PREFIX = "fv-device-";
const MAX_AGE_SECONDS = 400 * 24 * 60 * 60; // browsers cap cookies at 400 days

function key(): Buffer {
  return crypto.createHmac("sha256", env().NEXTAUTH_SECRET).update("free-voices.device-cookie").digest();
}

function mac(text: string): string {
  return crypto.createHmac("sha256", key()).update(text).digest("base64url");
}

function secure(): boolean {
  return (env().NEXTAUTH_URL ?? env().APP_URL).startsWith("https://");
}

function cookieName(userId: string): string {
  return `${secure() ? "__Secure-" : ""}${PREFIX}${mac(`name\0${userId}`).slice(0, 16)}`;
}

export function signDeviceToken(userId: string, issuedAt = Date.now()): string {
  const body = `${userId}.${issuedAt}`;
  return `${body}.${mac(`device\0${body}`)}`;
}

/** True when `token` is one we signed for `userId`, issued after `validAfter` ("sign out everywhere" forgets devices too). */
export function deviceTokenNames(token: string, userId: string, validAfter: Date): boolean {
  const [id, issuedAt, signature, extra] = token.split(".");
  if (!id || !issuedAt || !signature || extra !== undefined || id !== userId) return false;
  const expected = Buffer.from(mac(`device\0${id}.${issuedAt}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return false;
  return Number(issuedAt) >= validAfter.getTime();
}

/** Every device cookie this browser sent (one per account it signed in as). */
export async function readDeviceTokens(): Promise<string[]> {
  const marker = PREFIX;
  return (await cookies())
    .getAll()
    .filter((cookie) => cookie.name.includes(marker))
    .map((cookie) => cookie.value)
    .slice(0, 20);
}

export async function rememberDevice(userId: string): Promise<void> {
  (await cookies()).set(cookieName(userId), signDeviceToken(userId), {
    httpOnly: true,
    sameSite: "lax",
    secure: secure(),
    path: "/admin",
    maxAge: MAX_AGE_SECONDS,
  });
}
