import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { testDb } from "./support/db";
import { createDetainee } from "./support/fixtures";
import { waitForMail } from "./support/mail";
import { createStaff, signIn, totpCode } from "./support/staff";

test.afterAll(async () => {
  await testDb.$disconnect();
});

// A fresh address for this browser, so the shared per-address signing limit does not interfere.
test.use({ extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${crypto.randomInt(1, 250)}` } });

const storedAddress = async (signatureName: string) =>
  (await testDb.signature.findFirstOrThrow({ where: { name: signatureName }, select: { emailEncrypted: true } }))
    .emailEncrypted;

test("staff mark a person released and alert the signers; the alert arrives in the signer's language and unsubscribes by POST", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // A signer on the Azerbaijani page who asks to be contacted, and confirms.
  const email = `alert-signer-${Date.now()}@example.org`;
  const signerName = `Leyla Alert ${crypto.randomBytes(3).toString("hex")}`;
  await page.goto("/az/petition");
  const form = page.locator("#sign");
  await form.getByLabel("Adınız", { exact: true }).fill(signerName);
  await form.getByLabel("E-poçt ünvanı", { exact: true }).fill(email);
  await form.getByLabel("Ölkə", { exact: true }).selectOption("AZ");
  await form.getByRole("checkbox", { name: /Bu kampaniya barədə mənimlə əlaqə saxlayın/ }).check();
  await page.getByRole("button", { name: "İmzalayın", exact: true }).click();
  const confirmation = await waitForMail(email);
  await page.goto(confirmation.links.find((link) => link.includes("/petition/confirm/"))!);
  await page.getByRole("button", { name: "İmzamı təsdiqləyin" }).click();
  await expect(page.getByRole("status")).toContainText("İmzanız təsdiqləndi");

  // Staff record the release; the save offers the alert.
  const person = await createDetainee({ displayName: "Alert Journey Person", published: true });
  const staff = await createStaff();
  await signIn(page, staff);
  await page.goto(`/admin/detainees/${person.id}`);
  await page.getByLabel("Status", { exact: true }).selectOption("RELEASED");
  // A public fact changed: the save asks for the note the change history shows.
  await page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Save profile" }) })
    .getByLabel("Public note")
    .fill("Reported by his lawyer.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await page.getByRole("link", { name: "Tell the petition's signers about the release" }).click();

  // A prepared message in every language, edited, then previewed: nothing is sent yet.
  await expect(page.getByRole("heading", { name: "Alert signers: Alert Journey Person" })).toBeVisible();
  await expectNoAxeViolations(page);
  const azerbaijani = page.getByRole("group", { name: "Azerbaijani" });
  await expect(azerbaijani.getByLabel("Subject")).toHaveValue("Alert Journey Person azad edilib");
  await azerbaijani
    .getByLabel("Message")
    .fill("Xoş xəbər: Alert Journey Person azad edilib. İmzaladığınız üçün təşəkkür edirik.");
  await page.getByRole("button", { name: "Save and preview" }).click();
  const preview = page.getByRole("article", { name: "Azerbaijani" });
  await expect(preview).toContainText("Xoş xəbər: Alert Journey Person azad edilib.");
  await expectNoAxeViolations(page);
  expect(await testDb.emailOutbox.count({ where: { template: "campaign-message" } })).toBe(0);

  // Sent only with a fresh authenticator code.
  await page.getByLabel("Authenticator code").fill("000000");
  await page.getByRole("button", { name: /^Send to \d+ signers?$/ }).click();
  await expect(page.getByText("That code is wrong or was used already.")).toBeVisible();
  await page.getByLabel("Authenticator code").fill(totpCode(staff.secret!, 1));
  await page.getByRole("button", { name: /^Send to \d+ signers?$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /Queued for \d+ signers?/ })).toBeVisible();

  // It arrives through the local SMTP sink, in Azerbaijani, with the one-click headers.
  const alert = await waitForMail(email, /azad edilib/);
  expect(alert.subject).toBe("Alert Journey Person azad edilib");
  expect(alert.text).toContain("Xoş xəbər: Alert Journey Person azad edilib.");
  expect(alert.listUnsubscribePost).toBe("List-Unsubscribe=One-Click");
  expect(alert.listUnsubscribe).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/api\/petition\/unsubscribe\/[\w.-]+>$/);
  const unsubscribe = alert.links.find((link) => link.includes("/az/petition/unsubscribe/"))!;
  expect(unsubscribe).toBeTruthy();

  // Opening the link (as a mail scanner does) changes nothing.
  await page.goto(unsubscribe);
  await expect(page.getByRole("heading", { name: "Kampaniya məktublarını dayandırın" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await storedAddress(signerName)).not.toBeNull();
  // The button does, in a browser without JavaScript too.
  const reader = await browser.newContext({ javaScriptEnabled: false });
  const readerPage = await reader.newPage();
  await readerPage.goto(unsubscribe);
  await readerPage.getByRole("button", { name: "Abunəlikdən çıxın" }).click();
  await expect(readerPage.getByRole("status")).toContainText("e-poçt ünvanınızı sildik");
  expect(await storedAddress(signerName)).toBeNull();
  await reader.close();

  // The list shows what was sent, when and to how many.
  await page.goto("/admin/petition/updates");
  const row = page.getByRole("row").filter({ hasText: "Alert Journey Person has been released" });
  await expect(row).toContainText("Sent");
  await expect(row.getByRole("cell").last()).toHaveText(/^[1-9]\d*$/);
  await expectNoAxeViolations(page);
});
