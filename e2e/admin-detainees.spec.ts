import fs from "node:fs";
import path from "node:path";
import exifr from "exifr";
import sharp from "sharp";
import { expect, test, type Page } from "@playwright/test";
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

/** The public note of the form whose submit button is `button` (each form that changes a public fact has one). */
function publicNote(page: Page, button: string) {
  return page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: button }) })
    .getByLabel("Public note");
}

test("a status change shows on the public profile and in the API within seconds, with its timeline event", async ({
  page,
  request,
}) => {
  const detainee = await newPublishedDetainee("Status Journey Person");
  await testDb.charge.create({
    data: {
      detaineeId: detainee.id,
      description: "Smuggling",
      article: "206.3.2",
      addedOn: new Date("2024-05-01"),
      addedPrecision: "MONTH",
    },
  });
  const publicPage = await page.context().newPage();
  // Cache the public profile first, so the change must come through revalidation.
  await publicPage.goto(`/detainees/${detainee.slug}`);
  await expect(publicPage.getByText("Pre-trial detention", { exact: true }).first()).toBeVisible();
  // The API's answer is cached too (lib/api/get-cached-detainee-response.ts).
  const apiStatus = async () => (await (await request.get(`/api/v1/detainees/${detainee.slug}`)).json()).data.status;
  expect(await apiStatus()).toBe("PRE_TRIAL_DETENTION");

  await signIn(page, await createStaff());
  await page.goto(`/admin/detainees/${detainee.id}`);
  await expectNoAxeViolations(page);
  // A dropped charge stays on the record, with its date.
  await page.getByLabel("Date dropped (Art. 206.3.2)").fill("2026-10");
  await publicNote(page, "Record as dropped").fill("The court dropped the smuggling charge.");
  await page.getByRole("button", { name: "Record as dropped" }).click();
  await expect(page.getByText("dropped 2026-10")).toBeVisible();

  await page.getByLabel("Status", { exact: true }).selectOption("RELEASED");
  await page.getByLabel("Status last confirmed").fill("2026-11-02");
  await publicNote(page, "Save profile").fill("Released on 2 November, confirmed by his lawyer.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved. The public profile is updated." })).toBeVisible();
  await expect(page.getByText("Status changed: Pre-trial detention → Released", { exact: true })).toBeVisible();

  await publicPage.reload();
  await expect(publicPage.getByText("Released", { exact: true }).first()).toBeVisible();
  await expect(publicPage.getByText("Status changed: Pre-trial detention → Released").first()).toBeVisible();
  expect(await apiStatus()).toBe("RELEASED");

  const audit = await testDb.auditLog.findFirstOrThrow({
    where: { entityId: detainee.id, action: "update" },
    select: { changes: true },
  });
  expect(audit.changes).toMatchObject({ status: { from: "PRE_TRIAL_DETENTION", to: "RELEASED" } });
});

test("two people editing the same profile: the second save is told of the conflict and overwrites nothing", async ({
  browser,
}) => {
  const detainee = await newPublishedDetainee("Conflict Journey Person");
  const first = await browser.newContext();
  const second = await browser.newContext();
  const a = await first.newPage();
  const b = await second.newPage();
  await signIn(a, await createStaff());
  await signIn(b, await createStaff());
  await a.goto(`/admin/detainees/${detainee.id}`);
  await b.goto(`/admin/detainees/${detainee.id}`);

  await a.getByLabel("Occupation", { exact: true }).fill("Journalist");
  await publicNote(a, "Save profile").fill("Occupation added.");
  await a.getByRole("button", { name: "Save profile" }).click();
  await expect(a.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  await b.getByLabel("Occupation", { exact: true }).fill("Blogger");
  await publicNote(b, "Save profile").fill("Occupation corrected.");
  await b.getByRole("button", { name: "Save profile" }).click();
  await expect(
    b.getByRole("alert").filter({ hasText: "Someone else saved this record while you were editing it" }),
  ).toBeVisible();
  await expect(b.getByText("Occupation: saved now “Journalist”, yours “Blogger”")).toBeVisible();
  await expect(b.getByLabel("Occupation", { exact: true })).toHaveValue("Blogger");
  expect(
    (await testDb.detainee.findUniqueOrThrow({ where: { id: detainee.id }, select: { occupation: true } })).occupation,
  ).toBe("Journalist");

  // Saving again is now a deliberate choice, over the version just shown.
  await b.getByRole("button", { name: "Save profile" }).click();
  await expect(b.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  expect(
    (await testDb.detainee.findUniqueOrThrow({ where: { id: detainee.id }, select: { occupation: true } })).occupation,
  ).toBe("Blogger");
  await first.close();
  await second.close();
});

test("an uploaded photo is resized and its GPS and camera metadata are gone", async ({ page }, testInfo) => {
  const detainee = await newPublishedDetainee("Photo Journey Person");
  const original = await sharp({
    create: { width: 2400, height: 1800, channels: 3, background: { r: 120, g: 80, b: 40 } },
  })
    .jpeg()
    .withExif({
      IFD0: { Make: "TestCam", Model: "Leaky 1", Artist: "Photographer Name" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "40/1 24/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "49/1 52/1 0/1" },
    })
    .toBuffer();
  const before = await exifr.parse(original, { gps: true });
  expect(before?.latitude, "the test photo really carries a position").toBeCloseTo(40.4, 1);
  const file = testInfo.outputPath("with-gps.jpg");
  fs.writeFileSync(file, original);

  await signIn(page, await createStaff());
  await page.goto(`/admin/detainees/${detainee.id}`);
  await page.getByLabel(/New photo/).setInputFiles(file);
  await page.getByRole("button", { name: "Upload photo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Photo saved" })).toBeVisible();

  const { photoPath } = await testDb.detainee.findUniqueOrThrow({
    where: { id: detainee.id },
    select: { photoPath: true },
  });
  expect(photoPath).toMatch(/^\/media\/detainees\/[a-f0-9]{24}\.jpg$/);
  const stored = fs.readFileSync(
    path.resolve(
      import.meta.dirname,
      "..",
      process.env.DATA_DIR ?? ".data",
      "uploads",
      photoPath!.slice("/media/".length),
    ),
  );
  expect(await exifr.parse(stored, { gps: true, tiff: true, exif: true, xmp: true, iptc: true })).toBeUndefined();
  const meta = await sharp(stored).metadata();
  expect(Math.max(meta.width!, meta.height!)).toBe(1200);
  expect(meta.exif).toBeUndefined();

  const served = await page.request.get(photoPath!);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/jpeg");
  expect(Buffer.compare(await served.body(), stored)).toBe(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("staff sign in and save a profile with plain form posts", async ({ page }) => {
    const detainee = await newPublishedDetainee("No Script Person");
    const staff = await createStaff();
    await signIn(page, staff);
    await page.goto(`/admin/detainees/${detainee.id}`);
    await page.getByLabel("Place of detention", { exact: true }).fill("Baku pre-trial detention centre");
    await publicNote(page, "Save profile").fill("Place of detention reported by his family.");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved. The public profile is updated." })).toBeVisible();
    expect(
      (await testDb.detainee.findUniqueOrThrow({ where: { id: detainee.id }, select: { placeOfDetention: true } }))
        .placeOfDetention,
    ).toBe("Baku pre-trial detention centre");
    // A bad date comes back as a field error, with what was typed kept.
    await page.getByLabel("Arrest date").fill("2013-02-30");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Write the date as YYYY, YYYY-MM or YYYY-MM-DD (a real date).")).toBeVisible();
    await expect(page.getByLabel("Arrest date")).toHaveValue("2013-02-30");
  });
});
