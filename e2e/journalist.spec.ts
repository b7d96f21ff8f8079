import { expect, test } from "@playwright/test";
import { testDb } from "./support/db";
import { createDetainee, uniqueSlug } from "./support/fixtures";

// A journalist finds a person by a Cyrillic spelling, narrows the list, opens a
// profile, checks a fact's source, downloads the data and reads the feed.

const SOURCE_URL = "https://news.example.org/reports/arrest-of-a-blogger";
let subject: { id: string; slug: string; displayName: string };
let affiliationSlug: string;

test.beforeAll(async () => {
  affiliationSlug = uniqueSlug("test-movement");
  const affiliation = await testDb.organisation.create({
    data: { slug: affiliationSlug, name: "Test Movement", kind: "MOVEMENT" },
  });
  const source = await testDb.source.create({
    data: {
      publisher: "Example News",
      title: "Blogger arrested in Baku",
      url: SOURCE_URL,
      publishedOn: new Date(Date.UTC(2013, 2, 7)),
      datePrecision: "DAY",
    },
  });
  subject = await createDetainee({
    displayName: "Tural Aliyev",
    published: true,
    variants: [{ name: "Тураль Алиев", script: "CYRILLIC", lang: "ru" }],
    extra: {
      occupation: "Blogger",
      affiliationId: affiliation.id,
      arrestDate: new Date(Date.UTC(2013, 2, 7)),
      arrestDatePrecision: "DAY",
      releaseDate: new Date(Date.UTC(2013, 5, 7)),
      releaseDatePrecision: "DAY",
      status: "RELEASED",
      sources: { create: [{ sourceId: source.id, field: "arrestDate" }] },
      charges: {
        create: [
          {
            description: "Drug possession",
            code: "Criminal Code",
            article: "234.1",
            addedOn: new Date(Date.UTC(2013, 2, 8)),
            addedPrecision: "DAY",
          },
          {
            description: "Hooliganism",
            article: "221.3",
            addedOn: new Date(Date.UTC(2013, 3, 1)),
            addedPrecision: "MONTH",
            droppedOn: new Date(Date.UTC(2013, 4, 1)),
            droppedPrecision: "MONTH",
          },
        ],
      },
      events: {
        create: [
          {
            type: "HEARING",
            occurredOn: new Date(Date.UTC(2013, 3, 1)),
            precision: "MONTH",
            title: "First hearing",
            sources: { connect: [{ id: source.id }] },
          },
        ],
      },
    },
  });
});

test.afterAll(async () => {
  await testDb.detainee.delete({ where: { id: subject.id } });
  await testDb.organisation.delete({ where: { slug: affiliationSlug } });
  await testDb.source.deleteMany({ where: { url: SOURCE_URL } });
  await testDb.$disconnect();
});

test("search by a Cyrillic spelling, filter, open a profile and follow a source", async ({ page }) => {
  await page.goto("/detainees");
  await page.getByLabel("Search by name").fill("Мамедов");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]q=%D0%9C/);
  await expect(page.getByRole("heading", { name: "1 profile" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Uzeyir Mammadov" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Rashad Huseynov" })).toHaveCount(0);

  // Azerbaijani letters and a recorded variant find people too.
  await page.goto("/detainees?q=R%C3%BCst%C9%99mzad%C9%99");
  await expect(page.getByRole("link", { name: "Ilkin Rustamzade" })).toBeVisible();
  await page.goto("/detainees?q=Alieva");
  await expect(page.getByText("No published profile matches this search.")).toBeVisible();

  // Filters end up in the URL, so the query can be shared.
  await page.goto("/detainees");
  await page.getByLabel("Status").selectOption("RELEASED");
  await page.getByLabel("Year of arrest").selectOption("2013");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=RELEASED/);
  await expect(page).toHaveURL(/year=2013/);
  await expect(page.getByRole("heading", { name: "1 profile" })).toBeVisible();
  await page.getByRole("link", { name: "Tural Aliyev" }).click();

  await expect(page).toHaveURL(new RegExp(`/detainees/${subject.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tural Aliyev");
  // Released after 92 days: the count stops at the release date.
  await expect(page.getByText("92 days in detention")).toBeVisible();
  // Dates at their precision: a month is "April 2013", never "1 April 2013".
  await expect(page.getByText("April 2013").first()).toBeVisible();
  await expect(page.getByText("1 April 2013")).toHaveCount(0);
  await expect(page.getByText("dropped", { exact: true })).toBeVisible();
  await expect(page.getByText(/Criminal Code, 234\.1/)).toBeVisible();

  const cite = page.getByRole("region", { name: "Cite this page" });
  await expect(cite.getByRole("link")).toHaveText(new RegExp(`/detainees/${subject.slug}$`));
  await expect(cite.getByText("Retrieved", { exact: true })).toBeVisible();

  // The source opens the publisher's page (served here by the test, never the internet).
  await page.route(SOURCE_URL, (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>Example News</title><h1>Blogger arrested</h1>" }),
  );
  await page.getByRole("region", { name: "Sources" }).getByRole("link", { name: "Blogger arrested in Baku" }).click();
  await expect(page).toHaveURL(SOURCE_URL);
});

test("download the CSV of a query and read the feed", async ({ page, request }) => {
  await page.goto("/detainees?affiliation=" + affiliationSlug);
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download these results as CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^detainees-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await import("node:fs")).readFileSync((await download.path())!, "utf8");
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toMatch(/^slug,name,other_names,status/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`${subject.slug},Tural Aliyev,Тураль Алиев,RELEASED`);
  expect(lines[1]).toContain("2013-03-07");

  const feed = await request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml).toContain("<![CDATA[Tural Aliyev: First hearing]]></title>");
  expect(xml).toContain("release-all-jailed-for-speaking-out-2013");
});

test("a profile prints as a fact sheet with an as-of date", async ({ page }) => {
  await page.goto(`/detainees/${subject.slug}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText(/^Fact sheet from Free Voices, as of /)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Share" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByText(/^Fact sheet from Free Voices, as of /)).toBeHidden();

  // A seeded profile fits on one A4 page.
  await page.emulateMedia({ media: "print" });
  await page.goto("/detainees/uzeyir-mammadov");
  await page.evaluate(() => document.fonts.ready);
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});
