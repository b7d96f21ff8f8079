import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { testDb } from "./support/db";
import { createStaff, signIn } from "./support/staff";

test.afterAll(async () => {
  await testDb.$disconnect();
});

async function newPublishedDetainee(name: string) {
  const slug = `${name.toLowerCase().replace(/\s+/g, "-")}-${Date.now().toString(36)}`;
  return testDb.detainee.create({
    data: {
      slug,
      displayName: name,
      status: "PRE_TRIAL_DETENTION",
      published: true,
      names: { create: { name, isPrimary: true, searchKey: name.toLowerCase() } },
    },
    select: { id: true, slug: true },
  });
}

test("an editor adds an event in en, az and ru, and each language's profile shows its own text", async ({ page }) => {
  const detainee = await newPublishedDetainee("Three Languages Person");
  await signIn(page, await createStaff());
  await page.goto(`/admin/detainees/${detainee.id}`);
  await expectNoAxeViolations(page);
  const add = page.locator("form", { has: page.getByRole("button", { name: "Add event" }) });
  await add.getByRole("textbox", { name: "Date", exact: true }).fill("2026-05-14");
  await add.getByRole("textbox", { name: "Title", exact: true }).fill("Appeal hearing held");
  await add.getByRole("textbox", { name: "Title (Azərbaycanca)" }).fill("Apellyasiya iclası keçirildi");
  await add.getByRole("textbox", { name: "Title (Русский)" }).fill("Состоялось заседание по апелляции");
  await add.getByRole("textbox", { name: "Description", exact: true }).fill("The court rejected the appeal.");
  await add.getByRole("textbox", { name: "Description (Русский)" }).fill("Суд отклонил жалобу.");
  // A new public event on a published profile: the change history asks for a public note.
  await add.getByLabel("Public note").fill("Reported by his lawyer.");
  await add.getByRole("button", { name: "Add event" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Event added." })).toBeVisible();

  const reader = await page.context().newPage();
  await reader.goto(`/detainees/${detainee.slug}`);
  await expect(reader.getByText("Appeal hearing held")).toBeVisible();
  await expect(reader.getByText("The court rejected the appeal.")).toBeVisible();
  await reader.goto(`/az/detainees/${detainee.slug}`);
  await expect(reader.getByText("Apellyasiya iclası keçirildi")).toBeVisible();
  await expect(reader.getByText("Appeal hearing held")).toHaveCount(0);
  await reader.goto(`/ru/detainees/${detainee.slug}`);
  await expect(reader.getByText("Состоялось заседание по апелляции")).toBeVisible();
  await expect(reader.getByText("Суд отклонил жалобу.")).toBeVisible();
  await expect(reader.getByText("Appeal hearing held")).toHaveCount(0);
  await expect(reader.getByText("The court rejected the appeal.")).toHaveCount(0);
});

test("a status change shows on the timeline in all three languages", async ({ page }) => {
  const detainee = await newPublishedDetainee("Status Languages Person");
  await signIn(page, await createStaff());
  await page.goto(`/admin/detainees/${detainee.id}`);
  await page.getByLabel("Status", { exact: true }).selectOption("RELEASED");
  await page.getByLabel("Status last confirmed").fill("2026-11-02");
  await page
    .locator("form", { has: page.getByRole("button", { name: "Save profile" }) })
    .getByLabel("Public note")
    .fill("Released on 2 November.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved. The public profile is updated." })).toBeVisible();

  const reader = await page.context().newPage();
  await reader.goto(`/detainees/${detainee.slug}`);
  await expect(reader.getByText("Status changed: Pre-trial detention → Released")).toBeVisible();
  await reader.goto(`/az/detainees/${detainee.slug}`);
  await expect(reader.getByText("Status dəyişib: Məhkəməyədək həbsdə → Azad edilib")).toBeVisible();
  await reader.goto(`/ru/detainees/${detainee.slug}`);
  await expect(reader.getByText("Статус изменён: Предварительное заключение → Освобождён(а)")).toBeVisible();
  await expectNoAxeViolations(reader);
});

test("untranslated petition and campaign texts show the English with its badge on /az and /ru", async ({ page }) => {
  // The seed translates the petition's title but not its text, the campaign's headline but not its summary.
  const fallback = (title: string) => page.locator(`[title="${title}"]`, { hasText: "EN" });
  await page.goto("/az/petition");
  await expect(page.locator("h1")).not.toContainText("EN");
  await expect(fallback("Hələ tərcümə edilməyib: ingiliscə göstərilir.")).toHaveCount(1);
  await expect(page.getByText("This text is not translated yet", { exact: false })).toHaveCount(0);
  await expect(page.getByText("Bu mətn hələ tərcümə edilməyib və ingiliscə göstərilir.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/ru");
  await expect(page.locator("#campaign-headline")).not.toContainText("EN");
  await expect(fallback("Перевода пока нет: показан английский текст.").first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the translation queue and the campaign texts pages have no accessibility violations", async ({ page }) => {
  await signIn(page, await createStaff());
  await page.goto("/admin/translations");
  await expect(page.getByRole("heading", { level: 1, name: "Translations to do" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/admin/petition/texts");
  await expectNoAxeViolations(page);
  await page.goto("/admin/translations/organisations");
  await expect(page.getByRole("heading", { level: 1, name: "Organisations and cases" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the translation queue lists a stale text after its English changes and clears when it is translated", async ({
    page,
  }) => {
    const detainee = await newPublishedDetainee("Queue Journey Person");
    const event = await testDb.caseEvent.create({
      data: { detaineeId: detainee.id, type: "HEARING", occurredOn: new Date("2026-02-01"), title: "Hearing set" },
      select: { id: true },
    });
    await signIn(page, await createStaff());
    // Translate it into both languages.
    await page.goto(`/admin/detainees/${detainee.id}/events/${event.id}`);
    await page.getByRole("textbox", { name: "Title (Azərbaycanca)" }).fill("İclas təyin edilib");
    await page.getByRole("textbox", { name: "Title (Русский)" }).fill("Назначено заседание");
    await page.getByRole("button", { name: "Save event" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Event saved." })).toBeVisible();

    await page.goto("/admin/translations");
    const azQueue = page.locator("#queue-az");
    const staleLink = azQueue.getByRole("link", { name: /Title of Queue Journey Person: Hearing set/ });
    await expect(staleLink).toHaveCount(0);

    // The English changes: both translations are now stale.
    await page.goto(`/admin/detainees/${detainee.id}/events/${event.id}`);
    await page.getByRole("textbox", { name: "Title", exact: true }).fill("Hearing set for 3 March");
    await page.getByLabel("Public note").fill("The court set the date.");
    await page.getByRole("button", { name: "Save event" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Event saved." })).toBeVisible();

    await page.goto("/admin/translations");
    const row = azQueue.getByRole("row", { name: /Queue Journey Person: Hearing set for 3 March/ });
    await expect(row).toContainText("English changed");
    await expect(
      page.locator("#queue-ru").getByRole("row", { name: /Queue Journey Person: Hearing set for 3 March/ }),
    ).toContainText("English changed");

    // The link opens the field in its form; translating clears the az row only.
    await row.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/admin/detainees/${detainee.id}/events/${event.id}#tr-title-az$`));
    await expect(page.getByText("The English changed after this was translated").first()).toBeVisible();
    await page.getByRole("textbox", { name: "Title (Azərbaycanca)" }).fill("İclas 3 marta təyin edilib");
    await page.getByRole("button", { name: "Save event" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Event saved." })).toBeVisible();

    await page.goto("/admin/translations");
    await expect(azQueue.getByRole("row", { name: /Queue Journey Person/ })).toHaveCount(0);
    // ru is still stale until someone says it is still accurate.
    await page
      .locator("#queue-ru")
      .getByRole("row", { name: /Queue Journey Person/ })
      .getByRole("link")
      .click();
    await page.getByLabel("Translation still accurate: Title (Русский)").check();
    await page.getByRole("button", { name: "Save event" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Event saved." })).toBeVisible();
    await page.goto("/admin/translations");
    await expect(page.locator("#queue-ru").getByRole("row", { name: /Queue Journey Person/ })).toHaveCount(0);
  });
});
