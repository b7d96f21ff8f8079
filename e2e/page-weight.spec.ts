import { expect, test } from "@playwright/test";
import { describeBytes, recordNetwork, totalBytes } from "./support/network-bytes";

// Readers in Azerbaijan pay for slow, throttled mobile data: every public page has a
// byte budget for a first visit (empty cache) and a repeat visit (warm cache).
const firstVisitBudget = 200 * 1000;
const repeatVisitBudget = 30 * 1000;

const paths = [
  "/",
  "/detainees",
  "/detainees/uzeyir-mammadov",
  "/statements/release-all-jailed-for-speaking-out-2013",
  "/petition",
  "/press",
  "/numbers",
];
const prefixes = ["", "/az", "/ru"];

for (const prefix of prefixes) {
  for (const path of paths) {
    const url = prefix + (path === "/" && prefix ? "" : path);
    test(`${url} stays within the page-weight budget`, async ({ page }) => {
      // Render once first so the measured visit gets the cached page, as readers do.
      await page.request.get(url);
      const network = await recordNetwork(page);

      await page.goto(url);
      await page.waitForLoadState("networkidle");
      const first = network.fetched();

      network.reset();
      await page.goto(url);
      await page.waitForLoadState("networkidle");
      const repeat = network.fetched();
      await network.detach();

      const firstBytes = totalBytes(first);
      const repeatBytes = totalBytes(repeat);
      console.log(`[page-weight] ${url} first=${firstBytes} repeat=${repeatBytes}`);
      expect(firstBytes, `first visit to ${url} over budget:\n${describeBytes(first)}`).toBeLessThanOrEqual(
        firstVisitBudget,
      );
      expect(repeatBytes, `repeat visit to ${url} over budget:\n${describeBytes(repeat)}`).toBeLessThanOrEqual(
        repeatVisitBudget,
      );
    });
  }
}
