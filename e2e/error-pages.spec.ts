import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { testDb } from "./support/db";
import { createDetainee, uniqueSlug } from "./support/fixtures";
import { createStaff, sessionCookie } from "./support/staff";

test.afterAll(async () => {
  await testDb.$disconnect();
});

/**
 * A real server fault, the kind a half-applied migration or a database mishap causes:
 * the table a page reads is missing for the duration of `work`. Nothing test-only is
 * built into the app, so production has no address that fails on demand; the tests
 * run one at a time (workers: 1), so no other test sees the table gone.
 */
async function withTableMissing<T>(table: string, work: () => Promise<T>): Promise<T> {
  await testDb.$executeRawUnsafe(`ALTER TABLE "${table}" RENAME TO "${table}_offline"`);
  try {
    return await work();
  } finally {
    await testDb.$executeRawUnsafe(`ALTER TABLE "${table}_offline" RENAME TO "${table}"`);
  }
}

// What the database said must never reach a visitor, nor what stands in for it in a
// production build (an error.tsx that printed error.message would show React's #441).
const internals =
  /DetaineeSlug|AuditLog|relation|prisma|does not exist|Server Components render|Minified React error|react\.dev\/errors|Error:|at async|\.tsx?:\d/i;

test("a missing profile is a localised 404 in Azerbaijani and Russian", async ({ page }) => {
  for (const [locale, heading, home] of [
    ["az", "Səhifə tapılmadı", "Kampaniyaya qayıdın"],
    ["ru", "Страница не найдена", "Вернуться к кампании"],
  ] as const) {
    const response = await page.goto(`/${locale}/detainees/${uniqueSlug("nobody")}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole("link", { name: home })).toHaveAttribute("href", `/${locale}`);
  }
});

test("a server error on a public page is explained in the visitor's language, without internals, and can be retried", async ({
  page,
}) => {
  // An old slug: the profile page looks it up in DetaineeSlug to redirect to the new one.
  const person = await createDetainee({ displayName: "Renamed Person For Error Test", published: true });
  const oldSlug = uniqueSlug("old-name");
  await testDb.detaineeSlug.create({ data: { slug: oldSlug, detaineeId: person.id } });
  try {
    await withTableMissing("DetaineeSlug", async () => {
      const response = await page.goto(`/ru/detainees/${oldSlug}`);
      expect(response?.status()).toBe(500);
      // Rendered on the server: readable with JavaScript off too.
      expect(await response?.text()).toContain("Что-то пошло не так");
      await expect(page.locator("html")).toHaveAttribute("lang", "ru");
      await expect(page.getByRole("heading", { level: 1, name: "Что-то пошло не так" })).toBeVisible();
      // Inside the site's own header, not Next's bare default page.
      await expect(page.getByRole("navigation", { name: "Основное меню" })).toBeVisible();
      await expect(page.getByText("Код ошибки:")).toBeVisible();
      expect(await page.locator("body").innerText()).not.toMatch(internals);
      await expectNoAxeViolations(page);
    });
    // The fault is over: trying again shows the profile (after the old-slug redirect).
    await page.getByRole("button", { name: "Попробовать ещё раз" }).click();
    await expect(page.getByRole("heading", { level: 1, name: person.displayName })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/ru/detainees/${person.slug}$`));
  } finally {
    await testDb.detainee.delete({ where: { id: person.id } });
  }
});

test("a server error in the admin area shows the admin's own error page, without internals", async ({
  page,
  context,
}) => {
  const admin = await createStaff({ role: "ADMIN" });
  await context.addCookies([{ ...(await sessionCookie(admin.id)), expires: -1, secure: false }]);
  await withTableMissing("AuditLog", async () => {
    const response = await page.goto("/admin/audit");
    expect(response?.status()).toBe(500);
    await expect(page.getByRole("heading", { level: 1, name: "Something went wrong" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Admin" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
    expect(await page.locator("body").innerText()).not.toMatch(internals);
  });
});

test("a missing record in the admin area is a 404 inside the admin layout", async ({ page, context }) => {
  const editor = await createStaff({ role: "EDITOR" });
  await context.addCookies([{ ...(await sessionCookie(editor.id)), expires: -1, secure: false }]);
  const response = await page.goto("/admin/detainees/no-such-id");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the admin area" })).toHaveAttribute("href", "/admin");
});
