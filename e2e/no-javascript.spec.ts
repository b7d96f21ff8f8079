import { expect, test } from "@playwright/test";
import { testDb } from "./support/db";

// A visitor in Tor Browser's safest mode: no JavaScript at all.
test.use({ javaScriptEnabled: false });

test.afterAll(async () => {
  await testDb.$disconnect();
});

test("a visitor without JavaScript searches, reads a profile and a statement, and switches language", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Detainees" }).click();
  await expect(page).toHaveURL(/\/detainees$/);

  // The search form is a plain GET form.
  await page.getByLabel("Search by name").fill("gurbanly");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/detainees\?q=gurbanly/);
  await expect(page.getByRole("heading", { name: "1 profile" })).toBeVisible();
  await page.getByRole("link", { name: "Zaur Gurbanli" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zaur Gurbanli");

  await page.getByRole("region", { name: "Related statements" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/statements\/release-all-jailed-for-speaking-out-2013$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("release all journalists");
  // The markdown body is rendered on the server, headings included.
  await expect(page.getByRole("heading", { name: "Target and punish individuals" })).toBeVisible();
  await expect(page.getByText("Thomas Hughes, Executive Director, ARTICLE 19")).toBeVisible();

  await page.getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/ru\/statements\/release-all-jailed-for-speaking-out-2013$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Азербайджан");
  await expect(page.getByRole("heading", { name: "Кого касается заявление" })).toBeVisible();

  await page.goto("/az/press");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mətbuat");
});
