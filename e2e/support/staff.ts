import crypto from "node:crypto";
import { hash } from "@node-rs/argon2";
import { expect, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { generateSecret } from "otplib";
import { encryptToText } from "../../lib/crypto/encryption";
import { codeInWindow, totpWindow } from "../../tests/support/totp";
import { testDb } from "./db";

export { totpCode, totpWindow, unusedTotpCode } from "../../tests/support/totp";

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

/** Signs in through the real pages: password, then code. Returns the code's window (totpWindow). */
export async function signIn(page: Page, staff: TestStaff, step = 0): Promise<number> {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(staff.email);
  await page.getByLabel("Password").fill(staff.password);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in\/code$/);
  const window = totpWindow(step);
  await page.getByLabel("Code").fill(codeInWindow(staff.secret!, window));
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
