import crypto from "node:crypto";
import { hash } from "@node-rs/argon2";
import { expect, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { generateSecret, generateSync } from "otplib";
import { encryptToText } from "../../lib/crypto/encryption";
import { testDb } from "./db";

export type TestStaff = {
  id: string;
  email: string;
  password: string;
  secret: string | null;
  role: "ADMIN" | "EDITOR";
};

/** A staff account made directly in the database, enrolled in TOTP unless told otherwise. */
export async function createStaff(
  options: { role?: "ADMIN" | "EDITOR"; enrolled?: boolean; disabled?: boolean } = {},
): Promise<TestStaff> {
  const email = `staff-${crypto.randomBytes(5).toString("hex")}@e2e.test`;
  const password = `pw-${crypto.randomBytes(12).toString("base64url")}`;
  const secret = options.enrolled === false ? null : generateSecret();
  const role = options.role ?? "EDITOR";
  const user = await testDb.staffUser.create({
    data: {
      email,
      name: `Test ${role.toLowerCase()}`,
      role,
      passwordHash: await hash(password),
      totpSecretEncrypted: secret ? encryptToText(secret) : null,
      totpEnabledAt: secret ? new Date() : null,
      disabledAt: options.disabled ? new Date() : null,
    },
    select: { id: true },
  });
  return { id: user.id, email, password, secret, role };
}

/**
 * A code for `secret`. `step` picks the 30-second window relative to now: a code is
 * accepted once only, so a second sign-in in the same test uses the next window
 * (still within the server's ±30 s tolerance).
 */
export function totpCode(secret: string, step = 0): string {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + step * 30 });
}

/** The 30-second window a code made now with this offset belongs to (the server refuses a window twice). */
export const totpWindow = (step = 0) => Math.floor(Date.now() / 30_000) + step;

/**
 * A code the server still accepts now (±1 window) from a window not in `used`, preferring
 * the current and next ones: a test signing in several times must not depend on where in
 * a 30-second window it started.
 */
export function unusedTotpCode(secret: string, used: number[]): string {
  const step = [0, 1, -1].find((offset) => !used.includes(totpWindow(offset)));
  if (step === undefined) throw new Error("all three windows the server accepts were used");
  return totpCode(secret, step);
}

/** Signs in through the real pages: password, then code. Returns the code's window (totpWindow). */
export async function signIn(page: Page, staff: TestStaff, step = 0): Promise<number> {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(staff.email);
  await page.getByLabel("Password").fill(staff.password);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in\/code$/);
  const window = totpWindow(step);
  await page.getByLabel("Code").fill(totpCode(staff.secret!, step));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: /^Welcome/ })).toBeVisible();
  return window;
}

/** A session cookie as the app would issue it (with its server-side session row), for request-level checks. */
export async function sessionCookie(userId: string, authAt = Date.now()) {
  const { id: sid } = await testDb.staffSession.create({
    data: { userId, device: "Test browser", createdAt: new Date(authAt), lastSeenAt: new Date(authAt) },
    select: { id: true },
  });
  const value = await encode({
    token: { sub: userId, sid, authAt },
    secret: process.env.NEXTAUTH_SECRET!,
    maxAge: 3600,
  });
  return {
    name: "next-auth.session-token",
    value,
    domain: "127.0.0.1",
    path: "/",
    httpOnly: true,
    sameSite: "Lax" as const,
  };
}
