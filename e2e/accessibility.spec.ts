import { test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

// One of each public page type, in each script the site uses.
const pages = [
  "/",
  "/detainees",
  "/detainees?q=nobody-has-this-name",
  "/detainees/uzeyir-mammadov",
  "/statements",
  "/statements/release-all-jailed-for-speaking-out-2013",
  "/press",
  "/numbers",
  "/az/numbers",
  "/ru/numbers",
  "/az/detainees/rashad-huseynov",
  "/ru/detainees?status=IN_DETENTION",
  "/does-not-exist",
];

for (const path of pages) {
  test(`no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}
