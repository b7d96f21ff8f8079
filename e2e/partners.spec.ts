import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { testDb } from "./support/db";
import { waitForMail } from "./support/mail";
import { createStaff, signIn } from "./support/staff";

// One address per run, so the shared per-address signing limit (which would mark a
// no-JavaScript signature suspect, and so uncounted) does not depend on other tests.
test.use({ extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${crypto.randomInt(1, 250)}` } });

const servers: http.Server[] = [];

/** Another site on this machine, serving one HTML page (a partner's site with the copied snippet pasted in). */
async function staticSite(): Promise<{ origin: string; serve: (html: string) => void }> {
  let body = "";
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(
      `<!doctype html><html lang="en"><head><title>Partner site</title></head><body><main>${body}</main></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, serve: (html) => (body = html) };
}

test.afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await testDb.$disconnect();
});

async function fillEmbeddedForm(page: Page, data: { name: string; email: string }) {
  await page.getByLabel("Your name", { exact: true }).fill(data.name);
  await page.getByLabel("Email address", { exact: true }).fill(data.email);
  await page.getByLabel("Country", { exact: true }).selectOption("AZ");
}

async function confirmByMail(page: Page, email: string) {
  const link = (await waitForMail(email)).links.find((url) => url.includes("/petition/confirm/"))!;
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("status")).toContainText("Your signature is confirmed");
}

test("a partner's link and its embedded form on another site both count for it, and its private link shows them", async ({
  page,
  request,
}) => {
  // The partner's site exists before staff add it: they store its origin.
  const partnerSite = await staticSite();
  const code = `rights-${crypto.randomBytes(3).toString("hex")}`;
  const staff = await createStaff();
  await signIn(page, staff);

  await page.goto("/admin/partners");
  await page.getByLabel("Name").fill("Rights Group");
  await page.getByLabel("Short code").fill("Not A Code");
  await page.getByLabel("Website").fill(`${partnerSite.origin}/about`);
  await page.getByRole("button", { name: "Add partner" }).click();
  await expect(page.getByText("Use 1 to 40 lowercase letters")).toBeVisible();
  await page.getByLabel("Short code").fill(code);
  await page.getByRole("button", { name: "Add partner" }).click();
  await expect(page.getByRole("status")).toHaveText("Partner added.");
  await expectNoAxeViolations(page);

  const logo = await sharp({ create: { width: 300, height: 120, channels: 4, background: "#1d4ed8" } })
    .png()
    .toBuffer();
  await page.getByLabel(/Logo file/).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.getByRole("status")).toContainText("Logo saved");

  const snippet = await page.getByLabel("Form in English").inputValue();
  expect(snippet).toContain(`name="partner" value="${code}"`);
  expect(snippet).not.toContain("<script");
  await page.getByRole("button", { name: "Issue a new link" }).click();
  const countsLink = (await page.getByTestId("issued-link").textContent())!;
  expect(countsLink).toContain("/petition/partner-counts/");

  await page.goto("/admin/partners");
  await page.getByRole("button", { name: "Show the partner list" }).click();
  await expect(page.getByText("The partner list (names, logos, links) is shown")).toBeVisible();

  // 1. Through the partner's link, on our site.
  const viaLink = `via-link-${Date.now()}@example.org`;
  await page.goto(`/petition?partner=${code}`);
  await expect(page.getByText("You are signing through Rights Group.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Organisations supporting this petition" })).toContainText(
    "Rights Group",
  );
  await expectNoAxeViolations(page);
  const form = page.locator("#sign");
  await form.getByLabel("Your name", { exact: true }).fill("Link Signer");
  await form.getByLabel("Email address", { exact: true }).fill(viaLink);
  await form.getByLabel("Country", { exact: true }).selectOption("AZ");
  await page.getByRole("button", { name: "Sign", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Check your inbox");
  await confirmByMail(page, viaLink);

  // 2. Through the copied snippet on the partner's own site (no script of ours there).
  partnerSite.serve(snippet);
  const viaEmbed = `via-embed-${Date.now()}@example.org`;
  await page.goto(partnerSite.origin);
  await fillEmbeddedForm(page, { name: "Embed Signer", email: viaEmbed });
  await page.getByRole("button", { name: "Sign" }).click();
  await expect(page).toHaveURL(new RegExp(`/petition/with/${code}/sent$`));
  await expect(page.getByRole("status")).toContainText("Check your inbox");
  await expectNoAxeViolations(page);
  await confirmByMail(page, viaEmbed);

  // 3. The same snippet copied onto a site that is not a partner's: refused, nothing stored.
  const strangerSite = await staticSite();
  strangerSite.serve(snippet);
  const refused = `refused-${Date.now()}@example.org`;
  await page.goto(strangerSite.origin);
  await fillEmbeddedForm(page, { name: "Stranger Signer", email: refused });
  await page.getByRole("button", { name: "Sign" }).click();
  await expect(page.getByRole("heading", { name: "Signature not sent" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the petition" })).toBeVisible();
  expect(await testDb.signature.count({ where: { name: "Stranger Signer" } })).toBe(0);

  // The partner's private link: both confirmed signatures, no signer's details.
  await page.goto(countsLink);
  await expect(page.getByTestId("partner-total")).toHaveText("2 confirmed signatures in all");
  await expect(page.locator("body")).not.toContainText("Embed Signer");
  await expect(page.locator("body")).not.toContainText(viaLink);
  await expectNoAxeViolations(page);

  // Staff see the partner's share on the petition page.
  await page.goto("/admin/petition");
  await expect(page.getByTestId(`partner-count-${code}`)).toHaveText("2");

  // The counter partners place with <img>: cacheable for a minute, no cookie.
  const counter = await request.get("/petition/counter.svg?lang=az");
  expect(counter.status()).toBe(200);
  expect(counter.headers()["cache-control"]).toBe("public, max-age=60");
  expect(counter.headers()["set-cookie"]).toBeUndefined();
  expect(await counter.text()).toContain("Hədəf:");
  const png = await request.get("/az/petition/counter.png");
  expect(png.headers()["content-type"]).toBe("image/png");
});

test("a link with an unknown partner code lands on the petition itself, in the reader's language", async ({ page }) => {
  const code = `gone-${crypto.randomBytes(4).toString("hex")}`;
  const answer = await page.request.get(`/az/petition?partner=${code}`, { maxRedirects: 0 });
  expect(answer.status()).toBe(307);
  // Next sends the header twice when the page was reached through a rewrite; the same value.
  const locations = answer
    .headersArray()
    .filter((header) => header.name.toLowerCase() === "location")
    .map((header) => new URL(header.value, "http://x").pathname);
  expect(new Set(locations)).toEqual(new Set(["/az/petition"]));
  await page.goto(`/az/petition?partner=${code}`);
  await expect(page).toHaveURL(/\/az\/petition$/);
  await expect(page.locator("#sign input[name=partner]")).toHaveCount(0);
  await page.goto(`/petition?partner=${code}`);
  await expect(page).toHaveURL(/\/petition$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a partner's link signs for the partner, and an outdated embedded form lands on our page to read the new notice", async ({
    page,
    request,
  }) => {
    const code = `nojs-${crypto.randomBytes(3).toString("hex")}`;
    const partner = await testDb.partner.create({
      data: { code, name: "Quiet Partner", url: "http://127.0.0.1:9/", origin: "http://127.0.0.1:9" },
      select: { id: true },
    });
    const email = `nojs-partner-${Date.now()}@example.org`;
    await page.goto(`/az/petition?partner=${code}`);
    await expect(page.getByText("Siz Quiet Partner vasitəsilə imzalayırsınız.")).toBeVisible();
    const form = page.locator("#sign");
    await form.getByLabel("Adınız", { exact: true }).fill("Səssiz İmzalayan");
    await form.getByLabel("E-poçt ünvanı", { exact: true }).fill(email);
    await form.getByLabel("Ölkə", { exact: true }).selectOption("AZ");
    await page.getByRole("button", { name: "İmzalayın", exact: true }).click();
    await expect(page.getByRole("status")).toContainText("Poçt qutunuzu yoxlayın");
    await expect.poll(() => testDb.signature.count({ where: { partnerId: partner.id, locale: "az" } })).toBe(1);

    // A form copied before the notice changed: our page, in the form's language, says why.
    const outdated = await request.post("/api/v1/petition/sign", {
      headers: { origin: "http://127.0.0.1:9" },
      form: {
        partner: code,
        locale: "ru",
        consentVersion: "999",
        name: "Old Form",
        email: "old@example.org",
        country: "AZ",
      },
      maxRedirects: 0,
    });
    expect(outdated.status()).toBe(303);
    await page.goto(outdated.headers()["location"]!);
    await expect(
      page.getByRole("alert").filter({ hasText: "Текст о том, как мы используем ваши данные, изменился" }),
    ).toBeVisible();
  });
});
