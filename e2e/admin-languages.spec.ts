import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { testDb } from "./support/db";
import { createStaff, signIn } from "./support/staff";

test.afterAll(async () => {
  await testDb.$disconnect();
});

async function switchTo(page: Page, label: string, language: string, button: string) {
  await page.getByLabel(label, { exact: true }).selectOption({ label: language });
  await page.getByRole("button", { name: button, exact: true }).click();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("staff switch the admin area to Azerbaijani and Russian: the nav and the pages follow", async ({ page }) => {
    const admin = await createStaff({ role: "ADMIN" });
    await signIn(page, admin);
    await expect(
      page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Detainees" }),
    ).toBeVisible();

    await switchTo(page, "Language", "Azərbaycanca", "Change");
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "az");
    const nav = page.getByRole("navigation", { name: "İdarəetmə" });
    await expect(nav.getByRole("link", { name: "Təqib olunanlar" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Audit jurnalı" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: /^Xoş gəlmisiniz/ })).toBeVisible();

    await page.goto("/admin/account");
    await expect(page.getByRole("heading", { level: 1, name: "Hesabınız" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Hər yerdən çıxış edin" })).toBeVisible();
    await page.goto("/admin/detainees");
    await expect(page.getByRole("heading", { level: 1, name: "Təqib olunanlar" })).toBeVisible();
    await page.getByRole("link", { name: "Yeni profil yaradın" }).click();
    await expect(
      page.getByLabel("Status", { exact: true }).getByRole("option", { name: "Məhkəməyədək həbsdə" }),
    ).toHaveCount(1);
    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Audit jurnalı" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Süzün" })).toBeVisible();

    await switchTo(page, "Dil", "Русский", "Dəyişin");
    await expect(page).toHaveURL(/\/admin\/audit$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(
      page.getByRole("navigation", { name: "Управление" }).getByRole("link", { name: "Преследуемые" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Журнал аудита" })).toBeVisible();
    await page.goto("/admin/staff");
    await expect(page.getByRole("heading", { level: 1, name: "Сотрудники" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Создать приглашение" })).toBeVisible();

    await switchTo(page, "Язык", "English", "Сменить");
    await expect(page).toHaveURL(/\/admin\/staff$/);
    await expect(page.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();
  });

  test("the sign-in page speaks the chosen language before anyone signs in", async ({ page }) => {
    await page.goto("/admin/sign-in");
    await switchTo(page, "Language", "Русский", "Change");
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1, name: "Вход для сотрудников" })).toBeVisible();
    await expect(page.getByLabel("Пароль")).toBeVisible();
    await expect(page.getByRole("button", { name: "Продолжить" })).toBeVisible();
  });
});

test("the translated admin pages have no axe violations", async ({ page }) => {
  const admin = await createStaff({ role: "ADMIN" });
  await signIn(page, admin);
  await switchTo(page, "Language", "Azərbaycanca", "Change");
  await expect(page.getByRole("heading", { level: 1, name: /^Xoş gəlmisiniz/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await switchTo(page, "Dil", "Русский", "Dəyişin");
  for (const path of ["/admin/staff", "/admin/audit", "/admin/petition", "/admin/mirror"]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expectNoAxeViolations(page);
  }
  await page.goto("/admin/detainees/no-such-profile");
  await expect(page.getByRole("heading", { level: 1, name: "Не найдено" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Вернуться в раздел управления" })).toBeVisible();
});
