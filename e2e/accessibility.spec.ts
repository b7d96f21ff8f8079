import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// One of each public page type, in each script the site uses.
const pages = [
  "/",
  "/detainees",
  "/detainees?q=nobody-has-this-name",
  "/detainees/uzeyir-mammadov",
  "/statements",
  "/statements/release-all-jailed-for-speaking-out-2013",
  "/press",
  "/az/detainees/rashad-huseynov",
  "/ru/detainees?status=IN_DETENTION",
  "/does-not-exist",
];

for (const path of pages) {
  test(`no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
