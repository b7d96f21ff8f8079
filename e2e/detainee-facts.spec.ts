import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { testDb } from "./support/db";
import { createDetainee } from "./support/fixtures";
import { createStaff, signIn } from "./support/staff";

// Names per language, sources per fact and disputed facts (issue 10 items 3, 4 and 8),
// as staff and readers use them. Every form is a plain post: the first journey runs with
// JavaScript off (axe needs it, so the pages are checked in the last test).

test.afterAll(async () => {
  await testDb.$disconnect();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an editor records a disputed arrest date with two sources, and the profile shows both", async ({ page }) => {
    const detainee = await createDetainee({ displayName: "Disputed Date Person", published: true });
    await signIn(page, await createStaff());
    await page.goto(`/admin/detainees/${detainee.id}`);
    await page.getByRole("link", { name: "Names per language, sources per fact and disputed facts" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Names, sources and disputed facts: Disputed Date Person",
    );

    const claims = page.getByRole("region", { name: "Where sources disagree" });
    for (const [date, publisher, title] of [
      ["2013-03-07", "Turan Information Agency", "Youth activist arrested in Baku"],
      ["2013-03-30", "Meydan TV", "N!DA activist detained"],
    ]) {
      await claims.getByLabel("Fact").selectOption("arrestDate");
      await claims.getByLabel("What this source says").fill(date!);
      await claims.getByLabel("Publisher").fill(publisher!);
      await claims.getByLabel("Title").fill(title!);
      await claims.getByLabel("Address (https://…)").fill(`https://news.example/${date}`);
      await claims
        .getByLabel("Archived copy (https://…)")
        .fill(`https://web.archive.org/web/2013/news.example/${date}`);
      await claims.getByRole("button", { name: "Record claim" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Claim recorded." })).toBeVisible();
    }
    // No source at all is refused by field, and nothing is written.
    await claims.getByLabel("Fact").selectOption("sentence");
    await claims.getByLabel("What this source says").fill("Eight years");
    await claims.getByRole("button", { name: "Record claim" }).click();
    await expect(
      page.getByText("Choose a source, describe a new one, or tick “other sources, unnamed”."),
    ).toBeVisible();
    expect(await testDb.factClaim.count({ where: { detaineeId: detainee.id } })).toBe(2);

    await page.goto(`/detainees/${detainee.slug}`);
    const disputed = page.locator("[data-disputed]");
    await expect(disputed.getByText("Disputed: the sources disagree")).toBeVisible();
    await expect(disputed.getByText("March 7, 2013")).toBeVisible();
    await expect(disputed.getByText("March 30, 2013")).toBeVisible();
    await expect(
      disputed.getByRole("link", { name: "Turan Information Agency: Youth activist arrested in Baku" }),
    ).toBeVisible();
    await expect(disputed.getByRole("link", { name: "Meydan TV: N!DA activist detained" })).toBeVisible();
    // Each claim's source is in the list of sources, with its archived copy.
    const sources = page.getByRole("region", { name: "Sources" });
    await expect(sources.getByRole("link", { name: "Youth activist arrested in Baku" })).toBeVisible();
    await expect(sources.getByRole("link", { name: "archived copy" })).toHaveCount(2);

    // The same on /ru, in Russian.
    await page.goto(`/ru/detainees/${detainee.slug}`);
    await expect(page.locator("[data-disputed]").getByText("Спорно: источники расходятся")).toBeVisible();
  });
});

test("a renamed person is found by the new name in all three scripts", async ({ page }) => {
  const detainee = await createDetainee({ displayName: "Rename Journey Person", published: true });
  await signIn(page, await createStaff());
  await page.goto(`/admin/detainees/${detainee.id}`);
  await page.getByLabel("Name shown").fill("Tural Safarov");
  // A public fact changed: the save asks for the note the change history shows.
  await page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Save profile" }) })
    .getByLabel("Public note")
    .fill("Reported by his lawyer.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved. The public profile is updated." })).toBeVisible();

  await page.goto(`/admin/detainees/${detainee.id}/facts`);
  const names = page.getByRole("region", { name: "Names per language" });
  for (const [name, script, lang] of [
    ["Tural Səfərov", "LATIN", "az"],
    ["Турал Сафаров", "CYRILLIC", "ru"],
  ] as const) {
    const add = names.locator("form").last();
    await add.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await add.getByLabel("Script").selectOption(script);
    await add.getByLabel("Language of the pages that may show it").selectOption(lang);
    await add.getByLabel("Primary name for this language").check();
    await add.getByLabel("My own transliteration (no source gives this spelling)").check();
    await add.getByRole("button", { name: "Add name" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Name added." })).toBeVisible();
  }
  await expect(names.getByText("Tural Səfərov", { exact: true })).toBeVisible();

  for (const [path, query, shown] of [
    ["/detainees", "Safarov", "Tural Safarov"],
    ["/az/detainees", "Səfərov", "Tural Səfərov"],
    ["/ru/detainees", "Сафаров", "Турал Сафаров"],
  ] as const) {
    await page.goto(`${path}?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole("link", { name: shown, exact: true }).first(), path).toBeVisible();
  }
  // The old name no longer finds the person.
  await page.goto(`/detainees?q=${encodeURIComponent("Rename Journey")}`);
  await expect(page.getByRole("link", { name: "Rename Journey Person" })).toHaveCount(0);
});

test("each language's profile is headed by its own name, the editor's transliterations marked", async ({ page }) => {
  // The facts page, with names, citations and a disputed name, passes axe.
  const rashad = await testDb.detainee.findUniqueOrThrow({ where: { slug: "rashad-huseynov" }, select: { id: true } });
  await signIn(page, await createStaff());
  await page.goto(`/admin/detainees/${rashad.id}/facts`);
  await expect(page.getByText("Rashad Hasanov — other sources (unnamed)", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/ru/detainees/rashadat-akhundov");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Рашадат Ахундов");
  await expect(page.getByText("Rəşadət Axundov")).toBeVisible();
  await expect(page.getByText("(транслитерация редактора)").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/az/detainees/uzeyir-mammadov");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Üzeyir Məmmədov");
  await page.goto("/detainees/uzeyir-mammadov");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uzeyir Mammadov");

  // Hasanov is a surname other sources give: shown as a disputed name, not as a spelling.
  await page.goto("/detainees/rashad-huseynov");
  const disputed = page.locator("[data-disputed]");
  await expect(disputed.getByText("Rashad Hasanov")).toBeVisible();
  await expect(disputed.getByText("other sources (not named)")).toBeVisible();
  await expectNoAxeViolations(page);

  // The statement's title is ours and says so; the UN rapporteurs' words are reported.
  await page.goto("/statements/release-all-jailed-for-speaking-out-2013");
  await expect(page.getByText("Descriptive title: the document has no title of its own.")).toBeVisible();
  await expect(page.getByText("From the speakers' own statement, as reported in this one.")).toHaveCount(2);
  await expect(page.getByText("Signed by")).toHaveCount(0);
});
