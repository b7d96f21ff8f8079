/**
 * The newcomer's way in, against an app started with `npm start` on the embedded
 * database (run by `.ci/run`, not by `npm test`): the staff account that the console
 * printed signs in, enrols its second factor, marks a seeded detainee released, and
 * the public profile shows the release.
 */
import { expect, test } from "@playwright/test";
import { generateSync } from "otplib";
import { expectNoAxeViolations } from "../support/axe";

const email = process.env.NEWCOMER_EMAIL;
const password = process.env.NEWCOMER_PASSWORD;

test("the printed staff account signs in, enrols, and marks a detainee released", async ({ page }) => {
  expect(email, "NEWCOMER_EMAIL: the email that npm start printed").toBeTruthy();
  expect(password, "NEWCOMER_PASSWORD: the password that npm start printed").toBeTruthy();

  const publicPage = await page.context().newPage();
  await publicPage.goto("/detainees/rashadat-akhundov");
  await expect(publicPage.getByRole("heading", { level: 1, name: "Rashadat Akhundov" })).toBeVisible();
  await expect(publicPage.getByText("Released", { exact: true })).toHaveCount(0);

  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await page.getByLabel("Email").fill(email!);
  await page.getByLabel("Password").fill(password!);
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL(/\/admin\/sign-in\/enrol$/);
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Code from your app").fill(generateSync({ secret }));
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(page.getByRole("heading", { name: /^Welcome/ })).toBeVisible();

  await page.goto("/admin/detainees");
  await page.getByRole("link", { name: "Rashadat Akhundov" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rashadat Akhundov" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Status", { exact: true }).selectOption("RELEASED");
  await page.getByLabel("Status last confirmed").fill(new Date().toISOString().slice(0, 10));
  // A published profile's facts change only with a public note (the change history).
  await page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Save profile" }) })
    .getByLabel("Public note")
    .fill("Released today.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved. The public profile is updated." })).toBeVisible();

  await publicPage.reload();
  await expect(publicPage.getByText("Released", { exact: true }).first()).toBeVisible();
  await expect(publicPage.getByText(/Status changed: .* → Released/).first()).toBeVisible();
});
