import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { testDb } from "./support/db";
import { waitForMail } from "./support/mail";
import { createStaff, signIn } from "./support/staff";

test.afterAll(async () => {
  await testDb.$disconnect();
});

// Each signer from an address of its own, so the shared per-address limit does not interfere.
test.use({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${crypto.randomInt(1, 250)}` } });

/** Signs on the Azerbaijani page with both boxes ticked, confirms from the mail, returns the receipt. */
async function signAndConfirmInAzerbaijani(page: Page, name: string, email: string) {
  await page.goto("/az/petition");
  const form = page.locator("#sign");
  await form.getByLabel("Adınız", { exact: true }).fill(name);
  await form.getByLabel("E-poçt ünvanı", { exact: true }).fill(email);
  await form.getByLabel("Ölkə", { exact: true }).selectOption("AZ");
  await form.getByLabel("Adımı bu saytda açıq göstərin").check();
  await form.getByLabel("Bu kampaniya barədə mənimlə əlaqə saxlayın (istəyə bağlı)").check();
  await page.getByRole("button", { name: "İmzalayın" }).click();
  await expect(page.getByRole("status")).toContainText("Poçt qutunuzu yoxlayın");

  const link = (await waitForMail(email, /təsdiqləyin/)).links.find((url) => url.includes("/az/petition/confirm/"))!;
  await page.goto(link);
  await page.getByRole("button", { name: "İmzamı təsdiqləyin" }).click();
  await expect(page.getByRole("status")).toContainText("İmzanız təsdiqləndi");
  await expect(page.getByRole("heading", { name: "Qəbziniz" })).toBeVisible();
  return (await page.getByTestId("receipt").textContent())!.trim();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign with both boxes ticked, confirm, appear in the supporters list, get the receipt by mail, verify it", async ({
    page,
    request,
  }) => {
    const name = `Ledger Signer ${crypto.randomBytes(3).toString("hex")}`;
    const email = `ledger-${Date.now()}@example.org`;
    const receipt = await signAndConfirmInAzerbaijani(page, name, email);
    expect(receipt).toMatch(/^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/);

    // The receipt mail, in the signer's language, because they asked to be contacted.
    const mail = await waitForMail(email, /qəbziniz/);
    expect(mail.text).toContain(receipt);
    expect(mail.links.some((url) => url.endsWith("/az/petition/verify"))).toBe(true);

    // On the petition page once counted (the tally runs every second; the page is
    // re-rendered in the background within its revalidation interval).
    await expect
      .poll(
        async () => {
          await page.goto("/az/petition");
          return page.getByTestId("supporters").getByRole("cell", { name, exact: true }).count();
        },
        { timeout: 40_000 },
      )
      .toBe(1);
    const row = page.getByTestId("supporters").getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("Azərbaycan");
    // The date only: no time of day.
    await expect(row.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);

    // The check, as a signer does it: a plain form.
    await page.getByRole("link", { name: "Qəbzi və ya reyestri yoxlayın" }).click();
    await page.getByLabel("Qəbz").fill(receipt.toLowerCase());
    await page.getByRole("button", { name: "Qəbzimi yoxlayın" }).click();
    const result = page.getByTestId("verify-result");
    await expect(result).toContainText("İmzanız sayılıb");
    const dayRoot = (await page.getByTestId("day-root").textContent())!.trim();
    const date = (await result.locator("dd").first().textContent())!.trim();

    // The day's root it shows is the one the ledger publishes, and the ledger's size is the count.
    const day = await (await request.get(`/api/v1/petition/ledger/${date}`)).json();
    expect(day.addedRoot).toBe(dayRoot);
    const ledger = await (await request.get("/api/v1/petition/ledger")).json();
    expect(ledger.size).toBe(ledger.count);
    expect(JSON.stringify(ledger) + JSON.stringify(day)).not.toContain(email);
    expect(JSON.stringify(day)).not.toContain(name);
  });

  test("a mistyped receipt gets a field message, and an unknown one is not found", async ({ page }) => {
    await page.goto("/ru/petition/verify");
    await page.getByLabel("Квитанция").fill("ABCD-1234");
    await page.getByRole("button", { name: "Проверить квитанцию" }).click();
    await expect(page.getByText("Это не квитанция")).toBeVisible();
    await page.getByLabel("Квитанция").fill("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA");
    await page.getByRole("button", { name: "Проверить квитанцию" }).click();
    await expect(page.getByTestId("verify-result")).toContainText("Этой квитанции нет в реестре");
  });
});

test("staff hide a name from the public list, and show it again; the verify page and the list have no accessibility violations", async ({
  page,
  browser,
}) => {
  const name = `Hidden Signer ${crypto.randomBytes(3).toString("hex")}`;
  const receipt = await signAndConfirmInAzerbaijani(page, name, `hide-${Date.now()}@example.org`);
  await page.goto("/petition/verify");
  await expectNoAxeViolations(page);
  await page.getByLabel("Receipt").fill(receipt);
  await page.getByRole("button", { name: "Check my receipt" }).click();
  await expect
    .poll(
      async () => {
        await page.getByRole("button", { name: "Check my receipt" }).click();
        return page.getByTestId("verify-result").textContent();
      },
      { timeout: 20_000 },
    )
    .toContain("Your signature is counted");
  await expect(page.getByTestId("inclusion-path").or(page.getByText("Your receipt is the only one"))).toBeVisible();
  await expectNoAxeViolations(page);

  const publicList = async () => {
    await page.goto("/petition/supporters");
    return page.getByTestId("supporters").getByRole("cell", { name, exact: true }).count();
  };
  await expect.poll(publicList, { timeout: 20_000 }).toBe(1);
  await expectNoAxeViolations(page);

  const staff = await createStaff();
  const admin = await browser.newPage();
  await signIn(admin, staff);
  await admin.goto("/admin/petition");
  await admin.getByRole("link", { name: "Public supporters list" }).click();
  await admin.getByRole("button", { name: `Hide ${name}` }).click();
  await expect(admin.getByRole("button", { name: `Show ${name} again` })).toBeVisible();
  await expect.poll(publicList).toBe(0);
  const audit = await testDb.auditLog.findFirst({
    where: { action: "hide-supporter", actorId: staff.id },
    select: { entityType: true },
  });
  expect(audit).toEqual({ entityType: "Signature" });

  await admin.getByRole("button", { name: `Show ${name} again` }).click();
  await expect(admin.getByRole("button", { name: `Hide ${name}` })).toBeVisible();
  await expect.poll(publicList).toBe(1);
  await admin.close();
});

test("a signer takes their name off the public list through a link sent to their address; the signature still counts", async ({
  page,
  request,
}) => {
  const name = `Leaving Signer ${crypto.randomBytes(3).toString("hex")}`;
  const email = `leave-list-${Date.now()}@example.org`;
  const receipt = await signAndConfirmInAzerbaijani(page, name, email);
  const listed = async () => {
    await page.goto("/petition/supporters");
    return page.getByTestId("supporters").getByRole("cell", { name, exact: true }).count();
  };
  await expect.poll(listed, { timeout: 20_000 }).toBe(1);

  await page.goto("/petition/my-signature");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Remove my name from the public list of supporters").check();
  await page.getByRole("button", { name: "Send me the link" }).click();
  await expect(page.getByRole("status")).toContainText("If this address signed");
  const mail = await waitForMail(email, /remove your name/);
  await page.goto(mail.links.find((url) => url.includes("/petition/my-signature/"))!);
  await page.getByRole("button", { name: "Remove my name from the list" }).click();
  await expect(page.getByRole("status")).toContainText("Your name is no longer on the public list");
  await expect.poll(listed).toBe(0);

  // Still counted: the receipt is in the ledger and not taken out.
  await page.goto("/petition/verify");
  await page.getByLabel("Receipt").fill(receipt);
  await page.getByRole("button", { name: "Check my receipt" }).click();
  await expect(page.getByTestId("verify-result")).toContainText("Your signature is counted");
  const ledger = await (await request.get("/api/v1/petition/ledger")).json();
  expect(ledger.size).toBe(ledger.count);
});
