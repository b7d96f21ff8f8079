import { expect, test } from "@playwright/test";
import { testDb } from "./support/db";
import { createDetainee } from "./support/fixtures";

test.afterAll(async () => {
  await testDb.$disconnect();
});

// The exact sitemap rules are in tests/integration/sitemap.test.ts; these check what
// the running server answers, through the security headers and rewrites.

test("robots.txt keeps crawlers out of the admin area and the API and names the sitemap", async ({
  request,
  baseURL,
}) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const body = await response.text();
  expect(body).toMatch(/^Disallow: \/admin$/m);
  expect(body).toMatch(/^Disallow: \/api$/m);
  expect(body).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("sitemap.xml lists a profile as soon as it is published, with its hreflang alternates, and never a draft", async ({
  request,
  baseURL,
}) => {
  const published = await createDetainee({ displayName: "Sitemap Published Person", published: true });
  const draft = await createDetainee({ displayName: "Sitemap Draft Person", published: false });
  try {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("xml");
    const xml = await response.text();
    expect(xml).toContain(`<loc>${baseURL}/ru/detainees/${published.slug}</loc>`);
    expect(xml).toContain(
      `<xhtml:link rel="alternate" hreflang="az" href="${baseURL}/az/detainees/${published.slug}" />`,
    );
    expect(xml).toContain(`<loc>${baseURL}/statements/release-all-jailed-for-speaking-out-2013</loc>`);
    expect(xml).not.toContain(draft.slug);
  } finally {
    await testDb.detainee.deleteMany({ where: { id: { in: [published.id, draft.id] } } });
  }
});

test("the favicon and icons are served as images and linked from every layout", async ({ page, request }) => {
  for (const [path, type] of [
    ["/favicon.ico", /^image\/(x-icon|vnd\.microsoft\.icon)/],
    ["/icon.svg", /^image\/svg\+xml/],
    ["/apple-touch-icon.png", /^image\/png/],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
  for (const path of ["/", "/az/detainees", "/admin/sign-in"]) {
    await page.goto(path);
    await expect(page.locator('link[rel="icon"][href^="/favicon.ico"]'), path).toHaveCount(1);
    await expect(page.locator('link[rel="apple-touch-icon"]'), path).toHaveAttribute(
      "href",
      /^\/apple-touch-icon\.png/,
    );
  }
});
