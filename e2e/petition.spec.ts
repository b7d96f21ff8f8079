import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { testDb } from "./support/db";
import { waitForMail } from "./support/mail";

test.afterAll(async () => {
  await testDb.$disconnect();
});

// The dedupe key as the app computes it: HMAC(pepper, normalised email).
const emailHash = (address: string) =>
  new Uint8Array(
    crypto
      .createHmac("sha256", process.env.SIGNATURE_PEPPER ?? "")
      .update(`email\0${address}`)
      .digest(),
  );
const signatureOf = (address: string) =>
  testDb.signature.findFirst({
    where: { emailHash: emailHash(address) },
    select: { status: true, name: true, country: true, suspect: true, consentVersion: true, consentLocale: true },
  });

async function fillSignForm(page: Page, data: { name: string; email: string; country: string }) {
  const form = page.locator("#sign");
  await form.getByLabel(/^(Your name|Adınız|Ваше имя)$/).fill(data.name);
  await form.getByLabel(/^(Email address|E-poçt ünvanı|Адрес электронной почты)$/).fill(data.email);
  await form.getByLabel(/^(Country|Ölkə|Страна)$/).selectOption(data.country);
}

test("sign with JavaScript, confirm through the mail the SMTP sink received; opening the link alone confirms nothing", async ({
  page,
  request,
}) => {
  const email = `js-signer-${Date.now()}@example.org`;
  await page.goto("/petition");
  await fillSignForm(page, { name: "Aynur Əliyeva", email, country: "AZ" });
  await page.getByRole("button", { name: "Sign", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Check your inbox");

  const mail = await waitForMail(email);
  const link = mail.links.find((url) => url.includes("/petition/confirm/"));
  expect(link).toBeTruthy();
  // What a mail scanner does: fetch the link. The signature stays unconfirmed.
  expect((await request.get(link!)).status()).toBe(200);
  expect(await signatureOf(email)).toMatchObject({ status: "PENDING", name: "Aynur Əliyeva", country: "AZ" });

  await page.goto(link!);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("status")).toContainText("Your signature is confirmed");
  expect(await signatureOf(email)).toMatchObject({ status: "CONFIRMED" });
  // The public count follows within a tally interval.
  await expect
    .poll(async () => (await (await request.get("/api/petition/count")).json()).total, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(1);

  // The link is single-use.
  await page.goto(link!);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This link is not valid" })).toBeVisible();
});

test.describe("a signer whose address someone used first", () => {
  // A fresh address for this browser, so the shared per-address limit does not interfere.
  test.use({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${crypto.randomInt(1, 250)}` } });

  test("someone who signs first with another's address cannot make its owner confirm their name", async ({ page }) => {
    const email = `activist-${Date.now()}@example.org`;
    // The attacker signs with the activist's address and a name of their choosing.
    await page.goto("/petition");
    await fillSignForm(page, { name: "Planted Name", email, country: "RU" });
    await page.getByRole("button", { name: "Sign", exact: true }).click();
    await expect(page.getByRole("status")).toContainText("Check your inbox");
    const planted = (await waitForMail(email)).links.find((url) => url.includes("/petition/confirm/"))!;
    // The mailbox's owner sees what the link would confirm, and how to correct it.
    await page.goto(planted);
    await expect(page.getByTestId("confirm-name")).toHaveText("Planted Name");
    await expect(page.getByTestId("confirm-country")).toHaveText("Russia");
    await page.getByRole("link", { name: "Back to the petition" }).first().click();

    // The activist signs with their own details: that replaces the unconfirmed signature.
    await fillSignForm(page, { name: "Real Activist", email, country: "AZ" });
    await page.getByRole("button", { name: "Sign", exact: true }).click();
    await expect(page.getByRole("status")).toContainText("Check your inbox");
    const own = (await waitForMail(email, undefined, { exclude: [planted] })).links.find((url) =>
      url.includes("/petition/confirm/"),
    )!;
    await page.goto(planted);
    await expect(page.getByTestId("confirm-name")).toHaveCount(0);
    await page.getByRole("button", { name: "Confirm my signature" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "This link is not valid" })).toBeVisible();

    await page.goto(own);
    await expect(page.getByTestId("confirm-name")).toHaveText("Real Activist");
    await expect(page.getByTestId("confirm-country")).toHaveText("Azerbaijan");
    await page.getByRole("button", { name: "Confirm my signature" }).click();
    await expect(page.getByRole("status")).toContainText("Your signature is confirmed");
    expect(await signatureOf(email)).toMatchObject({ status: "CONFIRMED", name: "Real Activist", country: "AZ" });
  });
});

test('a country with fewer than 10 signatures is shown as "fewer than 10", on the page and in the JSON', async ({
  page,
  request,
}) => {
  const petition = await testDb.petition.findFirstOrThrow({ where: { status: "OPEN" }, select: { id: true } });
  // Iceland: a country no other test signs from.
  await testDb.petitionTally.upsert({
    where: { petitionId_country: { petitionId: petition.id, country: "IS" } },
    create: { petitionId: petition.id, country: "IS", count: 3 },
    update: { count: 3 },
  });
  try {
    await expect
      .poll(async () => {
        const body = await (await request.get("/api/petition/count")).json();
        return body.byCountry.find((row: { country: string }) => row.country === "IS");
      })
      .toEqual({ country: "IS", fewerThan: 10 });
    const iceland = page.getByRole("row").filter({ hasText: /Iceland|İslandiya|Исландия/ });
    for (const [path, text] of [
      ["/petition", "fewer than 10"],
      ["/az/petition", "10-dan az"],
      ["/ru/petition", "меньше 10"],
    ] as const) {
      await expect
        .poll(
          async () => {
            await page.goto(path);
            // allInnerTexts does not wait: a stale page (cached for 10 s) just reads as not yet.
            return (await iceland.allInnerTexts()).join("\n");
          },
          { timeout: 30_000 },
        )
        .toContain(text);
      await expect(iceland).not.toContainText("3");
    }
  } finally {
    await testDb.petitionTally.delete({ where: { petitionId_country: { petitionId: petition.id, country: "IS" } } });
  }
});

test("a signer on the Russian page reads the notice in Russian, and the signature records that language", async ({
  page,
}) => {
  const email = `ru-signer-${Date.now()}@example.org`;
  await page.goto("/ru/petition");
  const form = page.locator("#sign");
  await form.getByText("Как мы используем ваши данные").click();
  // The notice names the boxes by the labels this page shows.
  await expect(form.getByRole("checkbox", { name: "Показывать моё имя на этом сайте" })).toBeVisible();
  await expect(form.getByText("«Показывать моё имя на этом сайте»")).toBeVisible();
  await fillSignForm(page, { name: "Илькин Рустамзаде", email, country: "AZ" });
  await page.getByRole("button", { name: "Подписать", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Проверьте почту");
  expect(await signatureOf(email)).toMatchObject({ status: "PENDING", consentVersion: 1, consentLocale: "ru" });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("bad input gets field errors in Azerbaijani and stores nothing; a corrected form signs", async ({ page }) => {
    const email = `nojs-${Date.now()}@example.org`;
    const before = await testDb.signature.count();
    await page.goto("/az/petition");
    await fillSignForm(page, { name: '=HYPERLINK("http://evil.example")', email: "not-an-email", country: "AZ" });
    await page.getByRole("button", { name: "İmzalayın" }).click();
    await expect(page.getByText("Adınız =, +, - və ya @ ilə başlaya bilməz.")).toBeVisible();
    await expect(page.getByText("Düzgün e-poçt ünvanı daxil edin")).toBeVisible();
    expect(await testDb.signature.count()).toBe(before);

    await fillSignForm(page, { name: "Rəşad Hüseynov", email, country: "AZ" });
    await page.getByRole("button", { name: "İmzalayın" }).click();
    await expect(page.getByRole("status")).toContainText("Poçt qutunuzu yoxlayın");
    expect(await signatureOf(email)).toMatchObject({ status: "PENDING", suspect: false });

    const mail = await waitForMail(email);
    expect(mail.subject).toBe("İmzanızı təsdiqləyin");
    const link = mail.links.find((url) => url.includes("/az/petition/confirm/"))!;
    await page.goto(link);
    await page.getByRole("button", { name: "İmzamı təsdiqləyin" }).click();
    await expect(page.getByRole("status")).toContainText("İmzanız təsdiqləndi");
    expect(await signatureOf(email)).toMatchObject({ status: "CONFIRMED" });
  });
});

test("the sign endpoint refuses a filled honeypot, cross-site posts and bad countries, storing nothing", async ({
  request,
  baseURL,
}) => {
  const before = await testDb.signature.count();
  const base = { name: "Bot", email: `bot-${Date.now()}@example.org`, country: "AZ", consentVersion: "1" };
  const post = (data: Record<string, string>, origin = baseURL!) =>
    request.post("/api/petition/sign", { form: data, headers: { origin } });
  expect((await post({ ...base, website: "http://spam.example" })).status()).toBe(400);
  expect((await post(base, "https://evil.example")).status()).toBe(403);
  const bad = await post({ ...base, country: "XX", name: "x".repeat(5000) });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).fieldErrors).toMatchObject({ country: ["countryInvalid"], name: ["nameTooLong"] });
  expect(await testDb.signature.count()).toBe(before);
});

test("the same address sent 20 times at once, in case and dot variants, leaves one signature and the same answer", async ({
  request,
  baseURL,
}) => {
  const stamp = Date.now();
  const variants = [
    `same.person.${stamp}@gmail.com`,
    `SamePerson${stamp}@GMAIL.com`,
    `same.person${stamp}+x@googlemail.com`,
    `s.a.m.e.person.${stamp}@gmail.com`,
  ];
  const responses = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      request.post("/api/petition/sign", {
        form: { name: "Same Person", email: variants[i % variants.length]!, country: "AZ", consentVersion: "1" },
        // Twenty different signers' addresses, so the per-IP limit does not interfere.
        headers: { origin: baseURL!, "x-forwarded-for": `203.0.113.${i + 1}` },
      }),
    ),
  );
  expect(responses.map((response) => response.status())).toEqual(Array(20).fill(202));
  expect(new Set(await Promise.all(responses.map((response) => response.text()))).size).toBe(1);
  expect(await testDb.signature.count({ where: { emailHash: emailHash(`sameperson${stamp}@gmail.com`) } })).toBe(1);
});

test("the petition page has no detectable accessibility violations", async ({ page }) => {
  await page.goto("/petition");
  await expectNoAxeViolations(page);
});

test("a signer erases their signature through a link sent to their address", async ({ page, request, baseURL }) => {
  const email = `erase-me-${Date.now()}@example.org`;
  const signed = await request.post("/api/petition/sign", {
    form: { name: "Erase Me", email, country: "GB", consentVersion: "1" },
    headers: { origin: baseURL! },
  });
  expect(signed.status()).toBe(202);
  expect(await signatureOf(email)).not.toBeNull();

  await page.goto("/petition/my-signature");
  await page.getByLabel("Email address").fill(email.toUpperCase());
  await page.getByLabel("Erase my signature").check();
  await page.getByRole("button", { name: "Send me the link" }).click();
  await expect(page.getByRole("status")).toContainText("If this address signed");

  const mail = await waitForMail(email.toUpperCase(), /erase/i);
  const link = mail.links.find((url) => url.includes("/petition/my-signature/"))!;
  await page.goto(link);
  expect(await signatureOf(email)).not.toBeNull();
  await page.getByRole("button", { name: "Erase my signature" }).click();
  await expect(page.getByRole("status")).toContainText("Your signature has been erased");
  expect(await signatureOf(email)).toBeNull();
});

test.describe("a risky signing with JavaScript", () => {
  // A fresh address for this browser, sent as a proxy would send it.
  const ip = `198.51.100.${crypto.randomInt(1, 250)}`;
  test.use({ extraHTTPHeaders: { "x-forwarded-for": ip } });

  test("is asked for proof-of-work, solved by the browser from our own origin, with the widget in Azerbaijani", async ({
    page,
    request,
    baseURL,
  }) => {
    // Five signatures from this address in the hour: the sixth looks risky.
    for (let i = 0; i < 5; i++) {
      const response = await request.post("/api/petition/sign", {
        form: {
          name: "Shared Address",
          email: `shared-${i}-${Date.now()}@example.org`,
          country: "AZ",
          consentVersion: "1",
        },
        headers: { origin: baseURL!, "x-forwarded-for": ip },
      });
      expect(response.status()).toBe(202);
    }
    // Hold the challenge until the widget has been looked at.
    let releaseChallenge!: () => void;
    const challengeHeld = new Promise<void>((resolve) => (releaseChallenge = resolve));
    await page.route("**/api/petition/challenge", async (route) => {
      await challengeHeld;
      await route.continue();
    });

    const foreign: string[] = [];
    page.on("request", (sent) => {
      const url = new URL(sent.url());
      if (url.protocol.startsWith("http") && url.origin !== new URL(baseURL!).origin) foreign.push(sent.url());
    });

    const email = `proof-of-work-${Date.now()}@example.org`;
    await page.goto("/az/petition");
    await fillSignForm(page, { name: "Emin Hüseynov", email, country: "AZ" });
    await page.getByRole("button", { name: "İmzalayın" }).click();
    const widget = page.locator("altcha-widget");
    await expect(widget).toContainText(/Təsdiqlənir|Yüklənir|Mən robot deyiləm/);
    await expect(widget).not.toContainText(/Verifying|Loading|not a robot/i);
    expect(await signatureOf(email)).toBeNull();

    releaseChallenge();
    await expect(page.getByRole("status")).toContainText("Poçt qutunuzu yoxlayın", { timeout: 60_000 });
    // Proof of work makes it an ordinary signature: not marked for review.
    expect(await signatureOf(email)).toMatchObject({ status: "PENDING", suspect: false });
    // No third party: the widget, its worker and the challenge all come from us.
    expect(foreign).toEqual([]);
  });
});
