import { expect, test, type Page } from "@playwright/test";
import { testDb } from "./support/db";

test.afterAll(async () => {
  await testDb.$disconnect();
});

// A throttled mobile line as readers in Azerbaijan get it: slow 3G (400 kbit/s each
// way, 400 ms round trip), applied by Chromium itself.
async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1000) / 8,
    uploadThroughput: (400 * 1000) / 8,
  });
}

/** First contentful paint of the current page, from the browser's own paint timing. */
function firstContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntries().find((e) => e.name === "first-contentful-paint");
          if (entry) resolve(entry.startTime);
        }).observe({ type: "paint", buffered: true });
      }),
  );
}

test("on a slow 3G line a profile's text is readable within 3 seconds", async ({ page }) => {
  // Rendered once already, as for any reader but the first after a change.
  await page.request.get("/az/detainees/uzeyir-mammadov");
  await throttle(page);
  await page.goto("/az/detainees/uzeyir-mammadov", { waitUntil: "commit" });
  const fcp = await firstContentfulPaint(page);
  console.log(`[slow-line] first contentful paint of a profile: ${Math.round(fcp)} ms`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Üzeyir Məmmədov");
  expect(fcp).toBeLessThan(3000);
});

test("on a slow 3G line the petition form submits and is acknowledged", async ({ page }) => {
  await page.request.get("/ru/petition");
  await throttle(page);
  const email = `slow-line-${Date.now()}@example.org`;
  await page.goto("/ru/petition");
  const form = page.locator("#sign");
  await form.getByLabel("Ваше имя").fill("Leyla Slow Line");
  await form.getByLabel("Адрес электронной почты").fill(email);
  await form.getByLabel("Страна").selectOption("AZ");
  await form.getByRole("button", { name: "Подписать", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Проверьте почту", { timeout: 30_000 });
  const count = await testDb.signature.count({ where: { name: "Leyla Slow Line" } });
  expect(count).toBe(1);
});
