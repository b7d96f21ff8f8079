import { expect, test } from "@playwright/test";
import { testDb } from "./support/db";

test.afterAll(async () => {
  await testDb.$disconnect();
});

test("the home page shows the campaign and every seeded detainee", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Azerbaijan");
  for (const name of ["Rashadat Akhundov", "Uzeyir Mammadov", "Rashad Huseynov", "Zaur Gurbanli", "Ilkin Rustamzade"]) {
    await expect(page.getByRole("link", { name })).toBeVisible();
  }
  // Seven remain in detention, five are named: the other two are counted, not invented.
  await expect(page.getByText(/2 more people in this case are detained/)).toBeVisible();
});

test("a profile shows what the seed holds and leaves the rest empty", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Ilkin Rustamzade" }).click();
  await expect(page).toHaveURL(/\/detainees\/ilkin-rustamzade$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ilkin Rustamzade");
  await expect(page.getByText("Ilkin Rustamzadeh", { exact: true })).toBeVisible();
  await expect(page.getByText("In detention", { exact: true })).toBeVisible();
  await expect(page.getByText(/not known until the arrest date is recorded/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
});

test("a profile in Azerbaijani and Russian has the right language", async ({ page }) => {
  await page.goto("/az/detainees/zaur-gurbanli");
  await expect(page.locator("html")).toHaveAttribute("lang", "az");
  await expect(page.getByText("Həbsdə", { exact: true })).toBeVisible();
  await page.goto("/ru/detainees/zaur-gurbanli");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByText("Под стражей", { exact: true })).toBeVisible();
});

test("the people list is not called prisoners in Azerbaijani or Russian: it also holds the released, exiled and travel-banned", async ({
  page,
}) => {
  await page.goto("/az");
  await expect(page.getByRole("link", { name: "Təqib olunanlar" }).first()).toBeVisible();
  await expect(page.getByText("Məhbuslar")).toHaveCount(0);
  await page.goto("/ru");
  await expect(page.getByRole("link", { name: "Преследуемые" }).first()).toBeVisible();
  await expect(page.getByText("Заключённые")).toHaveCount(0);
  // Two unnamed people: the plural form for 2, not the one for 1.
  await expect(
    page.getByText("Ещё 2 человека по этому делу находятся под стражей, их имена не раскрыты."),
  ).toBeVisible();
});

test("an unpublished profile is not found and not listed", async ({ page }) => {
  const slug = `unpublished-${Date.now()}`;
  await testDb.detainee.create({
    data: { slug, displayName: "Draft Person For Test", status: "IN_DETENTION", published: false },
  });
  try {
    const response = await page.goto(`/detainees/${slug}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  } finally {
    await testDb.detainee.delete({ where: { slug } });
  }
});

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/az", "/detainees/zaur-gurbanli", "/does-not-exist"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("same-origin");
  }
});

test("no page requests anything from another origin", async ({ page }) => {
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("http://127.0.0.1") && !request.url().startsWith("data:"))
      foreign.push(request.url());
  });
  await page.goto("/");
  await page.goto("/ru/detainees/uzeyir-mammadov");
  expect(foreign).toEqual([]);
});
