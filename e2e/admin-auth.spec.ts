import { expect, test } from "@playwright/test";
import { generateSync } from "otplib";
import { expectNoAxeViolations } from "./support/axe";
import { testDb } from "./support/db";
import { createStaff, signIn, totpCode, unusedTotpCode } from "./support/staff";

test.afterAll(async () => {
  await testDb.$disconnect();
});

test("an admin invites a colleague, who sets a password, enrols TOTP and signs in (keyboard only)", async ({
  page,
  browser,
}) => {
  const admin = await createStaff({ role: "ADMIN" });
  await signIn(page, admin);
  await page.goto("/admin/staff");
  const invitee = `invitee-${Date.now()}@e2e.test`;
  await page.getByLabel("Their email").fill(invitee);
  await page.getByRole("button", { name: "Create invitation" }).click();
  const link = (await page
    .getByRole("status")
    .filter({ hasText: "Invitation created" })
    .locator("code")
    .textContent())!;
  expect(link).toMatch(/\/admin\/invite\/[A-Za-z0-9_-]{43}$/);

  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(new URL(link).pathname);
  await expectNoAxeViolations(other);
  // Keyboard only: focus moves by Tab, the form is sent with Enter.
  await other.getByLabel("Your name").focus();
  await other.keyboard.type("New Colleague");
  await other.keyboard.press("Tab");
  await other.keyboard.type("correct horse battery staple");
  await other.keyboard.press("Tab");
  await other.keyboard.type("correct horse battery staple");
  await other.keyboard.press("Enter");

  await expect(other).toHaveURL(/\/admin\/sign-in\/enrol$/);
  await expect(other.getByRole("img", { name: "QR code for your authenticator app" })).toHaveAttribute(
    "src",
    /^data:image\/png;base64,/,
  );
  await expectNoAxeViolations(other);
  const secret = (await other.getByTestId("totp-secret").textContent())!.trim();
  await other.getByLabel("Code from your app").fill(generateSync({ secret }));
  await other.keyboard.press("Enter");
  await expect(other.getByRole("heading", { name: "Welcome, New Colleague" })).toBeVisible();

  const account = await testDb.staffUser.findUniqueOrThrow({
    where: { email: invitee },
    select: { role: true, totpEnabledAt: true, totpSecretEncrypted: true },
  });
  expect(account.role).toBe("EDITOR");
  expect(account.totpEnabledAt).not.toBeNull();
  expect(account.totpSecretEncrypted).not.toContain(secret); // stored encrypted

  // The invite works once only.
  await context.clearCookies();
  await other.goto(new URL(link).pathname);
  await expect(other.getByRole("heading", { name: "Invitation not valid" })).toBeVisible();

  // Signing in again later: password, then a code from the app.
  await other.goto("/admin/sign-in");
  await expectNoAxeViolations(other);
  await other.getByLabel("Email").focus();
  await other.keyboard.type(invitee);
  await other.keyboard.press("Tab");
  await other.keyboard.type("correct horse battery staple");
  await other.keyboard.press("Enter");
  await expect(other).toHaveURL(/\/admin\/sign-in\/code$/);
  await other.getByLabel("Code").fill(generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
  await other.keyboard.press("Enter");
  await expect(other.getByRole("heading", { name: "Welcome, New Colleague" })).toBeVisible();
  await context.close();
});

test("a wrong password and a wrong code are refused with a clear message", async ({ page }) => {
  const staff = await createStaff();
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(staff.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is wrong." })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(staff.email);

  await page.getByLabel("Password").fill(staff.password);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Code").fill(totpCode(staff.secret!) === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That code is wrong or has expired.")).toBeVisible();
  await expect(page.getByLabel("Code")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/admin\/sign-in\/code$/);

  // A right code after a wrong one still works (one failure is not a lockout).
  await page.getByLabel("Code").fill(totpCode(staff.secret!));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: /^Welcome/ })).toBeVisible();
});

test("disabling an account and signing out everywhere end sessions at once", async ({ page, browser }) => {
  const staff = await createStaff();
  await signIn(page, staff);
  const second = await browser.newContext();
  const elsewhere = await second.newPage();
  await signIn(elsewhere, staff, 1);

  await page.goto("/admin/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await elsewhere.goto("/admin/detainees");
  await expect(elsewhere).toHaveURL(/\/admin\/sign-in$/);

  const victim = await createStaff();
  await signIn(elsewhere, victim);
  await testDb.staffUser.update({ where: { id: victim.id }, data: { disabledAt: new Date() } });
  await elsewhere.goto("/admin/detainees");
  await expect(elsewhere).toHaveURL(/\/admin\/sign-in$/);
  await second.close();
});

test("signing out ends the session on the server: its cookie replayed elsewhere gets the sign-in page", async ({
  page,
  browser,
}) => {
  const staff = await createStaff();
  await signIn(page, staff);
  const stolen = (await page.context().cookies()).filter((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(stolen).toHaveLength(1);

  await page.goto("/admin/account");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);

  const replay = await browser.newContext();
  await replay.addCookies(stolen);
  const attacker = await replay.newPage();
  await attacker.goto("/admin/detainees");
  await expect(attacker).toHaveURL(/\/admin\/sign-in$/);
  await replay.close();
});

test("the account page lists every session and ends another one", async ({ page, browser }) => {
  const staff = await createStaff();
  await signIn(page, staff);
  const second = await browser.newContext();
  const elsewhere = await second.newPage();
  await signIn(elsewhere, staff, 1);

  await page.goto("/admin/account");
  const sessions = page.getByRole("table");
  await expect(sessions.getByRole("row")).toHaveCount(3); // header, this device, the other one
  await expect(sessions.getByRole("cell", { name: /\(this device\)$/ })).toHaveCount(1);
  await expectNoAxeViolations(page);
  await sessions.getByRole("button", { name: /^End session/ }).click();
  await expect(sessions.getByRole("row")).toHaveCount(2);

  await elsewhere.goto("/admin/detainees");
  await expect(elsewhere).toHaveURL(/\/admin\/sign-in$/);
  await page.goto("/admin/detainees");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/detainees$/);
  await second.close();
});

test("under a password-guessing attack, a remembered browser signs in as usual and a new one after a proof-of-work", async ({
  page,
  browser,
}) => {
  const staff = await createStaff();
  const used = [await signIn(page, staff)]; // this browser is remembered from now on
  await page.goto("/admin/account");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  // A botnet's wrong passwords for this account this hour, from many addresses.
  await testDb.rateLimit.create({
    data: { key: `login-acct:${staff.email}`, points: 200, expire: BigInt(Date.now() + 3_600_000) },
  });
  used.push(await signIn(page, staff, 1));

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto("/admin/sign-in");
  await other.getByLabel("Email").fill(staff.email);
  await other.getByLabel("Password").fill(staff.password);
  await other.getByRole("button", { name: "Continue" }).click();
  await expect(other.getByRole("alert").filter({ hasText: "a new device must first solve" })).toBeVisible();
  await expect(other.locator('input[name="altcha"]')).toHaveValue(/.+/, { timeout: 60_000 });
  await other.getByLabel("Password").fill(staff.password);
  await other.getByRole("button", { name: "Continue" }).click();
  await expect(other).toHaveURL(/\/admin\/sign-in\/code$/);
  // The proof-of-work may have taken us into the next window: a code from one not used yet.
  await other.getByLabel("Code").fill(unusedTotpCode(staff.secret!, used));
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByRole("heading", { name: /^Welcome/ })).toBeVisible();
  await fresh.close();
});

test("an admin reads and filters the audit log; an editor cannot open it", async ({ page, browser }) => {
  const admin = await createStaff({ role: "ADMIN" });
  const entityId = `audit-target-${Date.now()}`;
  await testDb.auditLog.createMany({
    data: [
      {
        actorId: admin.id,
        action: "update",
        entityType: "Detainee",
        entityId,
        changes: { status: { from: "ON_TRIAL", to: "RELEASED" } },
      },
      {
        actorId: admin.id,
        action: "update",
        entityType: "Detainee",
        entityId: "someone-else",
        changes: { occupation: { from: "A", to: "B" } },
      },
    ],
  });
  await signIn(page, admin);
  await page.goto("/admin/audit");
  await page.getByLabel("Record id").fill(entityId);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("1 entry", { exact: true })).toBeVisible();
  await expect(page.getByText("ON_TRIAL → RELEASED")).toBeVisible();
  await expect(page.getByRole("cell", { name: admin.email })).toBeVisible();
  await expectNoAxeViolations(page);

  const context = await browser.newContext();
  const editorPage = await context.newPage();
  await signIn(editorPage, await createStaff({ role: "EDITOR" }));
  const response = await editorPage.goto("/admin/audit");
  expect(response?.status()).toBe(404);
  await context.close();
});
