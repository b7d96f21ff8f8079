import crypto from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { generateSync } from "otplib";
import { expectNoAxeViolations } from "./support/axe";
import { testDb } from "./support/db";
import { uniqueSlug } from "./support/fixtures";
import { waitForMail } from "./support/mail";
import { createStaff, sessionCookie, type TestStaff } from "./support/staff";

test.afterAll(async () => {
  await testDb.$disconnect();
});

/** A staff session as a cookie (sign-in is tested elsewhere), so the current code is still unused for the send. */
async function signInAsStaff(page: Page, staff: TestStaff) {
  const cookie = await sessionCookie(staff.id);
  await page.context().addCookies([{ ...cookie, expires: -1, secure: false }]);
}

const text = (request: APIRequestContext, path: string) => request.get(path).then((r) => r.text());

test("a journalist subscribes, confirms, is approved, gets an embargoed statement, and it goes public at its time without any visit", async ({
  browser,
  page,
  request,
}) => {
  const email = `journalist-${crypto.randomBytes(4).toString("hex")}@newsroom.example`;
  const name = `Ирина ${crypto.randomBytes(3).toString("hex")}`;

  // The journalist subscribes on the Russian press page and confirms from the mail.
  await page.goto("/ru/press");
  await expectNoAxeViolations(page);
  await page.getByLabel("Ваше имя").fill(name);
  await page.getByLabel("Издание").fill("Независимая газета");
  await page.getByLabel("Адрес электронной почты").fill(email);
  await page.getByLabel("Язык релизов").selectOption("ru");
  await page.getByRole("button", { name: "Подписаться" }).click();
  await expect(page.getByRole("status")).toContainText("мы отправили на него ссылку");
  const confirmMail = await waitForMail(email, /Подтвердите подписку/);
  const confirmLink = confirmMail.links.find((link) => link.includes("/ru/press/confirm/"))!;
  await page.goto(confirmLink);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Подтвердить адрес" }).click();
  await expect(page.getByRole("status")).toContainText("Адрес подтверждён");

  // A statement scheduled for later, translated into Russian.
  const slug = uniqueSlug("embargoed-release");
  const title = `Embargoed release ${slug}`;
  const ruTitle = `Релиз под эмбарго ${slug}`;
  const statement = await testDb.statement.create({
    data: {
      slug,
      title,
      body: "Not before the release time.",
      status: "SCHEDULED",
      publishAt: new Date(Date.now() + 3_600_000),
      translations: { ru: { title: ruTitle, body: "Не раньше времени публикации." } },
    },
    select: { id: true },
  });

  // Staff approve the journalist and send the statement under embargo.
  const staff = await createStaff();
  const admin = await (await browser.newContext()).newPage();
  await signInAsStaff(admin, staff);
  await admin.goto("/admin/press");
  await expectNoAxeViolations(admin);
  const waiting = admin.locator("section", { has: admin.getByRole("heading", { name: "Waiting for approval" }) });
  await waiting.getByRole("button", { name: `Approve: ${name}` }).click();
  const approved = admin.locator("section", { has: admin.getByRole("heading", { name: "Approved subscribers" }) });
  await expect(approved.getByRole("cell", { name: email })).toBeVisible();
  await admin.getByLabel("Statement", { exact: true }).selectOption(statement.id);
  await admin.getByLabel("Authenticator code").fill(generateSync({ secret: staff.secret! }));
  await admin.getByRole("button", { name: "Send under embargo" }).click();
  await expect(admin.getByRole("status")).toHaveText("Queued for 1 subscriber.");
  const history = admin.locator("section", { has: admin.getByRole("heading", { name: "Sent", exact: true }) });
  await expect(history.getByRole("cell", { name: title })).toBeVisible();

  // The release arrives in Russian, marked EMBARGOED UNTIL, before anything is public.
  const release = await waitForMail(email, /^EMBARGOED UNTIL /);
  expect(release.subject).toContain(ruTitle);
  expect(release.text.startsWith("EMBARGOED UNTIL ")).toBe(true);
  expect(release.text).toContain("Не раньше времени публикации.");
  for (const path of ["/statements", "/ru/statements", "/feed.xml", "/api/v1/statements", "/sitemap.xml"])
    expect(await text(request, path), path).not.toContain(slug);
  expect((await request.get(`/ru/statements/${slug}`)).status()).toBe(404);

  // Its release time comes a few seconds from now. Nobody visits the list meanwhile (it
  // was rendered and cached above): the scheduler publishes the statement and refreshes
  // the cached pages, so the first look after the time already shows it, well within
  // the pages' own 60-second refresh.
  const releaseAt = Date.now() + 4_000;
  await testDb.statement.update({ where: { id: statement.id }, data: { publishAt: new Date(releaseAt) } });
  await expect
    .poll(() => testDb.statement.findUniqueOrThrow({ where: { id: statement.id } }).then((s) => s.status), {
      timeout: 20_000,
    })
    .toBe("PUBLISHED");
  expect(Date.now()).toBeGreaterThanOrEqual(releaseAt);
  // The refresh follows the publication by a moment; a page left to its own 60-second
  // refresh would still be the cached copy for far longer than this wait.
  await expect.poll(() => text(request, "/ru/statements"), { timeout: 10_000 }).toContain(ruTitle);
  await expect.poll(() => text(request, "/statements"), { timeout: 10_000 }).toContain(title);
  expect(await text(request, "/feed.xml")).toContain(slug);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/ru/statements/${slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(ruTitle);

  // The link in the release takes the journalist off the list (by the page's button).
  const unsubscribe = release.links.find((link) => link.includes("/ru/press/unsubscribe/"))!;
  await page.goto(unsubscribe);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Отписаться" }).click();
  await expect(page.getByRole("status")).toContainText("Вы отписались");
  await admin.goto("/admin/press");
  await expect(admin.getByText(email)).toHaveCount(0);
});

test("subscribing works without JavaScript, with a message next to each wrong field", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/az/press");
  await page.getByLabel("Adınız").fill("Aysel");
  await page.getByLabel("E-poçt ünvanı").fill("not-an-address");
  await page.getByRole("button", { name: "Abunə olun" }).click();
  await expect(page.getByText("ad@example.com kimi e-poçt ünvanı daxil edin.")).toBeVisible();
  await expect(page.getByText("Media qurumunu və ya “sərbəst jurnalist” yazın.")).toBeVisible();
  await expect(page.getByLabel("Adınız")).toHaveValue("Aysel");
  const email = `nojs-${crypto.randomBytes(4).toString("hex")}@newsroom.example`;
  await page.getByLabel("Media qurumu").fill("Sərbəst jurnalist");
  await page.getByLabel("E-poçt ünvanı").fill(email);
  await page.getByRole("button", { name: "Abunə olun" }).click();
  await expect(page.getByRole("status")).toContainText("Təşəkkür edirik");
  const mail = await waitForMail(email, /Mətbuat siyahısına/);
  expect(mail.links.some((link) => link.includes("/az/press/confirm/"))).toBe(true);
  await context.close();
});
