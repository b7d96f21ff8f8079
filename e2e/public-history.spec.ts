import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { testDb } from "./support/db";
import { createStaff, signIn } from "./support/staff";

// A name that must never reach a public page.
const EDITOR_NAME = "Nigar Confidential-Editor";

test.afterAll(async () => {
  await testDb.$disconnect();
});

function profileNote(page: Page) {
  return page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Save profile" }) })
    .getByLabel("Public note");
}

test("a correction appears on the history page with its note and never shows the editor's name", async ({
  page,
  browser,
}) => {
  const slug = `history-person-${Date.now().toString(36)}`;
  const detainee = await testDb.detainee.create({
    data: {
      slug,
      displayName: "History Journey Person",
      status: "PRE_TRIAL_DETENTION",
      placeOfDetention: "Baku pre-trial detention centre",
      published: true,
      names: { create: { name: "History Journey Person", isPrimary: true, searchKey: "history journey person" } },
    },
    select: { id: true },
  });
  const staff = await createStaff();
  await testDb.staffUser.update({ where: { id: staff.id }, data: { name: EDITOR_NAME } });
  await signIn(page, staff);
  await page.goto(`/admin/detainees/${detainee.id}`);
  await page.getByLabel("Place of detention", { exact: true }).fill("Prison No. 12, Baku");
  await page.getByLabel("Status", { exact: true }).selectOption("SERVING_SENTENCE");
  // Without a note the save is refused, next to the note field, and nothing changes.
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("This save changes what readers see: write a public note")).toBeVisible();
  await expect(page.getByLabel("Place of detention", { exact: true })).toHaveValue("Prison No. 12, Baku");
  expect(
    (await testDb.detainee.findUniqueOrThrow({ where: { id: detainee.id }, select: { placeOfDetention: true } }))
      .placeOfDetention,
  ).toBe("Baku pre-trial detention centre");

  await page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Save profile" }) })
    .getByLabel("Kind of change")
    .selectOption("CORRECTION");
  await profileNote(page).fill("Our first report named the wrong place of detention.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved. The public profile is updated." })).toBeVisible();

  // A reader, in a browser of their own without JavaScript.
  const reader = await browser.newContext({ javaScriptEnabled: false });
  const publicPage = await reader.newPage();
  await publicPage.goto(`/detainees/${slug}`);
  await publicPage.getByRole("link", { name: "see history" }).click();
  await expect(publicPage).toHaveURL(new RegExp(`/detainees/${slug}/history$`));
  await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText("Change history: History Journey Person");
  const entry = (field: string | RegExp) =>
    publicPage.getByRole("listitem").filter({ has: publicPage.getByRole("heading", { level: 2, name: field }) });
  const place = entry(/^Place of detention/);
  await expect(place.getByText("Correction", { exact: true })).toBeVisible();
  await expect(place.getByText("Baku pre-trial detention centre")).toBeVisible();
  await expect(place.getByText("Prison No. 12, Baku")).toBeVisible();
  await expect(place.getByText("Our first report named the wrong place of detention.")).toBeVisible();
  const body = await publicPage.content();
  expect(body).not.toContain(EDITOR_NAME);
  expect(body).not.toContain(staff.email);

  // In Azerbaijani and Russian: the statuses from the catalogue, the kind in the language.
  await publicPage.goto(`/az/detainees/${slug}/history`);
  const status = entry(/^Status/);
  await expect(status.getByText("Məhkəməyədək həbsdə")).toBeVisible();
  await expect(publicPage.getByText("Düzəliş").first()).toBeVisible();
  await publicPage.goto(`/ru/detainees/${slug}/history`);
  await expect(publicPage.getByText("Исправление").first()).toBeVisible();
  await expect(publicPage.getByText("Отбывает наказание").first()).toBeVisible();

  const api = await (await publicPage.request.get(`/api/v1/detainees/${slug}/history`)).json();
  expect(api.data.changes.map((c: { field: string }) => c.field).sort()).toEqual(["placeOfDetention", "status"]);
  expect(JSON.stringify(api)).not.toContain(EDITOR_NAME);
  await reader.close();

  // axe runs scripts in the page: checked in the staff member's browser, JavaScript on.
  for (const path of [`/detainees/${slug}/history`, `/az/detainees/${slug}/history`]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});

test("each language has its own Atom feed, announced by its pages", async ({ page, request }) => {
  for (const [prefix, locale] of [
    ["", "en"],
    ["/az", "az"],
    ["/ru", "ru"],
  ] as const) {
    await page.goto(`${prefix}/statements`);
    const href = `${prefix}/feed.xml`;
    // Absolute or not (Next resolves it against metadataBase), it is this language's feed.
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      "href",
      new RegExp(`^(https?://[^/]+)?${href}$`),
    );
    const feed = await request.get(href);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await feed.text();
    expect(xml).toContain(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
    expect(xml).toContain("release-all-jailed-for-speaking-out-2013");
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("switching language on /detainees keeps the search and the filters", async ({ page }) => {
    await page.goto("/detainees?q=gurbanli&status=IN_DETENTION");
    await expect(page.locator('input[name="q"]')).toHaveValue("gurbanli");
    await page.getByRole("link", { name: "Azərbaycanca" }).click();
    await expect(page).toHaveURL(/\/az\/detainees\?q=gurbanli&status=IN_DETENTION$/);
    await expect(page.locator('input[name="q"]')).toHaveValue("gurbanli");
    await expect(page.locator('select[name="status"]')).toHaveValue("IN_DETENTION");
    await expect(page.getByRole("link", { name: "Zaur Qurbanlı" })).toBeVisible();
    await page.getByRole("link", { name: "Русский" }).click();
    await expect(page).toHaveURL(/\/ru\/detainees\?q=gurbanli&status=IN_DETENTION$/);
  });

  test("cards say 'as of' beside a status confirmed long ago", async ({ page }) => {
    await page.goto("/detainees");
    await expect(page.getByRole("listitem").filter({ hasText: "Zaur Gurbanli" }).getByText("as of 2013")).toBeVisible();
    await page.goto("/ru/detainees");
    await expect(page.getByText(/^на 2013/).first()).toBeVisible();
  });
});
