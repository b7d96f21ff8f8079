import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { testDb } from "./support/db";
import { uniqueSlug } from "./support/fixtures";
import { createStaff, signIn } from "./support/staff";

const cleanups: (() => Promise<void>)[] = [];

test.afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  await testDb.$disconnect();
});

const BODY = [
  "The authorities must release **every jailed journalist** without delay.",
  "",
  "<script>window.__fvInjected = true; document.title = 'injected'</script>",
  "",
  "Read [the appeal](javascript:alert(1)) and share it.",
].join("\n");

/** A fresh request, not the browser's cache: what a reader would get right now. */
async function publicStatus(request: APIRequestContext, path: string) {
  return (await request.get(path)).status();
}

async function publicText(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  return response.text();
}

async function savePublication(page: Page, publication: "SCHEDULED" | "PUBLISHED", message: string) {
  await page.getByLabel("Publication").selectOption(publication);
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByRole("status").filter({ hasText: message })).toBeVisible();
}

test("an editor drafts, schedules and publishes a statement: nothing shows before publication, and the markdown is rendered safely", async ({
  page,
  request,
}) => {
  const slug = uniqueSlug("e2e-statement");
  const title = `Free them all ${slug}`;
  const publicPath = `/statements/${slug}`;
  // A person of this test's own, so the statement it publishes does not show up on the
  // seeded profiles that other journeys read; both are removed at the end.
  const personSlug = uniqueSlug("e2e-statement-person");
  const personName = `Statement Test Person ${personSlug.slice(-6)}`;
  const zaur = await testDb.detainee.create({
    data: { slug: personSlug, displayName: personName, status: "IN_DETENTION", published: true },
    select: { id: true, slug: true },
  });
  cleanups.push(async () => {
    await testDb.statement.deleteMany({ where: { slug } });
    await testDb.detainee.delete({ where: { id: zaur.id } });
  });
  const staff = await createStaff({ role: "EDITOR" });

  await signIn(page, staff);
  await page.goto("/admin/statements/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByRole("textbox", { name: "Slug", exact: true }).fill(slug);
  await page.getByLabel("Text (Markdown)", { exact: true }).fill(BODY);
  await page.getByLabel(personName, { exact: true }).check();
  await page.getByLabel("Civil Rights Defenders", { exact: true }).check();
  await expect(page.getByLabel("Publication")).toHaveValue("DRAFT");
  await page.getByRole("button", { name: "Create statement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const statement = await testDb.statement.findUniqueOrThrow({
    where: { slug },
    select: {
      id: true,
      status: true,
      detainees: { select: { detaineeId: true } },
      signatories: { select: { organisation: { select: { name: true } } } },
    },
  });
  expect(statement.status).toBe("DRAFT");
  expect(statement.detainees).toEqual([{ detaineeId: zaur.id }]);
  expect(statement.signatories).toEqual([{ organisation: { name: "Civil Rights Defenders" } }]);

  // A draft: no public page, not listed.
  expect(await publicStatus(request, publicPath)).toBe(404);
  expect(await publicText(request, "/statements")).not.toContain(title);

  // Scheduled (embargoed) for tomorrow: saved as scheduled, nowhere public; the scheduler publishes it then.
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 16);
  await page.getByLabel("Publish at (UTC)").fill(tomorrow);
  await savePublication(page, "SCHEDULED", "Saved. It will be public at the scheduled time.");
  const scheduled = await testDb.statement.findUniqueOrThrow({
    where: { id: statement.id },
    select: { status: true, publishAt: true },
  });
  expect(scheduled.status).toBe("SCHEDULED");
  expect(scheduled.publishAt?.toISOString().slice(0, 16)).toBe(tomorrow);
  // Saving a scheduled statement refreshes the public pages, so these are freshly rendered.
  expect(await publicStatus(request, publicPath)).toBe(404);
  expect(await publicText(request, "/statements")).not.toContain(title);
  expect(await publicText(request, `/detainees/${zaur.slug}`)).not.toContain(title);

  // Published now.
  await savePublication(page, "PUBLISHED", "Saved and published.");
  await expect.poll(() => publicStatus(request, publicPath), { timeout: 10_000 }).toBe(200);

  const reader = await page.context().newPage();
  await reader.goto(publicPath);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(reader.locator("article")).toContainText("Civil Rights Defenders");
  const body = reader.locator(".statement-body");
  await expect(body.locator("strong")).toHaveText("every jailed journalist");
  await expect(body.getByText("the appeal")).toBeVisible();
  await expect(body).not.toContainText("__fvInjected");
  await expect(body.locator("script")).toHaveCount(0);
  await expect(reader.locator("script", { hasText: "__fvInjected" })).toHaveCount(0);
  await expect(reader.locator('a[href^="javascript:" i]')).toHaveCount(0);
  expect(await reader.evaluate(() => (window as unknown as { __fvInjected?: boolean }).__fvInjected)).toBeUndefined();

  // Listed, and on the linked person's profile under related statements.
  await expect(async () => {
    await reader.goto("/statements");
    await expect(reader.getByRole("link", { name: title })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(async () => {
    await reader.goto(`/detainees/${zaur.slug}`);
    const related = reader.locator("section", { has: reader.getByRole("heading", { name: "Related statements" }) });
    await expect(related.getByRole("link", { name: title })).toHaveAttribute("href", publicPath, { timeout: 1000 });
  }).toPass({ timeout: 10_000 });

  // Each save left an audit row by this editor, in order.
  const audit = await testDb.auditLog.findMany({
    where: { entityType: "Statement", entityId: statement.id },
    orderBy: { at: "asc" },
    select: { action: true, actorId: true, changes: true },
  });
  expect(audit.map((a) => [a.action, a.actorId])).toEqual([
    ["create", staff.id],
    ["update", staff.id],
    ["update", staff.id],
  ]);
  expect(audit[0]?.changes).toMatchObject({ status: { to: "DRAFT" }, detaineeIds: { to: [zaur.id] } });
  expect(audit[2]?.changes).toMatchObject({ publishAt: { from: scheduled.publishAt?.toISOString(), to: null } });
});
