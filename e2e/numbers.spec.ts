import { readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectedNumbers } from "../tests/support/expected-numbers";
import { readCsv } from "../tests/support/read-csv";
import { testDb } from "./support/db";
import { createDetainee } from "./support/fixtures";

// A journalist in Tor Browser's safest mode: the numbers page must work with no script at all.
test.use({ javaScriptEnabled: false });

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const catalogue = (name: string) => JSON.parse(readFileSync(`messages/en/${name}.json`, "utf8"));
const numbersText = catalogue("numbers") as {
  title: string;
  status: { title: string };
  monthly: { title: string };
  affiliation: { title: string };
  occupation: { title: string };
  detention: { title: string; buckets: Record<string, string> };
};
const statusText = catalogue("status") as Record<string, string>;

test.beforeAll(async () => {
  // Dates of every precision next to the seeded profiles, which have none.
  await createDetainee({
    displayName: "Numbers Month Person",
    published: true,
    extra: { arrestDate: day("2021-05-01"), arrestDatePrecision: "MONTH", occupation: "Numbers reporter" },
  });
  await createDetainee({
    displayName: "Numbers Released Person",
    published: true,
    extra: {
      status: "RELEASED",
      arrestDate: day("2019-02-11"),
      arrestDatePrecision: "DAY",
      releaseDate: day("2020-08-01"),
      releaseDatePrecision: "DAY",
    },
  });
  await createDetainee({
    displayName: "Numbers Hidden Person",
    published: false,
    extra: { arrestDate: day("2010-01-05"), arrestDatePrecision: "DAY", occupation: "Hidden trade" },
  });
});

test.afterAll(async () => {
  await testDb.$disconnect();
});

/** The rows of a chart's table as a reader sees them: the label, then each number. */
async function tableRows(section: Locator): Promise<string[][]> {
  return section
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector("th")!.textContent!.trim(),
        ...[...row.querySelectorAll("td.tabular-nums")].map((cell) => cell.textContent!.trim()),
      ]),
    );
}

const chart = (page: Page, title: string) => page.getByRole("region", { name: title, exact: true });
const sorted = (rows: string[][]) => [...rows].sort((a, b) => a.join().localeCompare(b.join()));
const monthName = (key: string) =>
  new Intl.DateTimeFormat("en", { year: "numeric", month: "long", timeZone: "UTC" }).format(day(`${key}-01`));

/** What each table must show, from the database, in SQL of its own. */
async function expectedTables(asOf: string): Promise<Record<string, string[][]>> {
  const expected = await expectedNumbers(testDb, asOf);
  const organisations = await testDb.organisation.findMany({ select: { slug: true, name: true } });
  const occupations = await testDb.detainee.findMany({
    where: { published: true, occupation: { not: null } },
    select: { occupation: true },
  });
  const orgName = (slug: string) => (slug ? organisations.find((o) => o.slug === slug)!.name : "Not recorded");
  const months = [...new Set([...Object.keys(expected.arrests), ...Object.keys(expected.releases)])];
  return {
    [numbersText.status.title]: Object.entries(expected.status).map(([key, n]) => [statusText[key]!, String(n)]),
    [numbersText.monthly.title]: months.map((m) => [
      monthName(m),
      String(expected.arrests[m] ?? 0),
      String(expected.releases[m] ?? 0),
    ]),
    [numbersText.affiliation.title]: Object.entries(expected.affiliation).map(([slug, n]) => [
      orgName(slug),
      String(n),
    ]),
    [numbersText.occupation.title]: Object.entries(expected.occupation).map(([key, n]) => [
      key ? occupations.find((o) => o.occupation!.toLowerCase() === key)!.occupation! : "Not recorded",
      String(n),
    ]),
    [numbersText.detention.title]: Object.entries(numbersText.detention.buckets).map(([bucket, label]) => [
      label,
      String(expected.detention[bucket] ?? 0),
    ]),
  };
}

test("a journalist without JavaScript reads the campaign in figures, each figure as the database counts it", async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Numbers" }).click();
  await expect(page).toHaveURL(/\/numbers$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(numbersText.title);

  // The page is cached for up to a minute (revalidate = 60) and the profiles above were
  // written straight to the database: wait for the render that includes them.
  await expect(async () => {
    await page.reload();
    const asOf = (await page.locator("h1 ~ p time").first().getAttribute("datetime"))!;
    const expected = await expectedTables(asOf);
    for (const [title, rows] of Object.entries(expected)) {
      expect(sorted(await tableRows(chart(page, title))), title).toEqual(sorted(rows));
    }
  }).toPass({ timeout: 120_000, intervals: [1_000, 5_000] });

  const asOf = (await page.locator("h1 ~ p time").first().getAttribute("datetime"))!;
  const asOfText = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(day(asOf));
  const expected = await expectedNumbers(testDb, asOf);
  // Every chart is dated, and says what it leaves out.
  for (const title of [numbersText.status.title, numbersText.detention.title]) {
    await expect(chart(page, title).locator("p > time")).toHaveText(`As of ${asOfText}`);
  }
  await expect(chart(page, numbersText.detention.title)).toContainText(
    `Left out: ${expected.leftOut.noArrestDate} people without such a date`,
  );
  // The chart itself is an image with a name, for screen readers.
  await expect(
    chart(page, numbersText.status.title).getByRole("img", {
      name: `${numbersText.status.title}. As of ${asOfText}`,
    }),
  ).toBeVisible();
  await expect(page.getByText("Hidden trade")).toHaveCount(0);

  // A figure leads to the profiles behind it.
  const held = expected.status.IN_DETENTION!;
  await chart(page, numbersText.status.title).getByRole("link", { name: "Profiles: In detention" }).click();
  await expect(page).toHaveURL(/\/detainees\?status=IN_DETENTION$/);
  await expect(page.getByRole("heading", { name: held === 1 ? "1 profile" : `${held} profiles` })).toBeVisible();
});

test("each chart's CSV has the numbers of its table, and its images carry the source line and the date", async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.goto("/ru/numbers");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  const sections = page.locator("section.numbers-chart");
  await expect(sections).toHaveCount(5);
  // The CSV is read live; the page may be up to a minute old (revalidate = 60) after the
  // profiles this file wrote straight to the database: wait for a render that has them.
  await expect(async () => {
    await page.reload();
    for (const section of await sections.all()) {
      const csvHref = (await section.getByRole("link", { name: "Цифры (CSV)" }).getAttribute("href"))!;
      expect(csvHref).toMatch(/^\/api\/v1\/numbers\/[a-z]+\.csv\?lang=ru$/);
      const csv = await page.request.get(csvHref);
      expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      const [, ...rows] = readCsv(await csv.text());
      // Same rows, same order: label, then each series.
      expect(rows.map((r) => [r[1]!.replace(/^'/, ""), ...r.slice(2, -1)])).toEqual(await tableRows(section));
    }
  }).toPass({ timeout: 120_000, intervals: [1_000, 5_000] });

  for (const section of await sections.all()) {
    const svg = await page.request.get(
      (await section.getByRole("link", { name: "Изображение (SVG)" }).getAttribute("href"))!,
    );
    expect(svg.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
    const svgText = await svg.text();
    expect(svgText).toContain("Источник: Свободные голоса, http://127.0.0.1:");
    expect(svgText).toMatch(/По состоянию на \d+ [а-я]+ \d{4}/);

    const png = await page.request.get(
      (await section.getByRole("link", { name: "Изображение (PNG)" }).getAttribute("href"))!,
    );
    expect(png.headers()["content-type"]).toBe("image/png");
    expect((await png.body()).subarray(1, 4).toString()).toBe("PNG");
  }
});

test("the numbers page prints the charts and tables without the download links", async ({ page }) => {
  await page.goto("/numbers");
  await page.emulateMedia({ media: "print" });
  const status = chart(page, numbersText.status.title);
  await expect(status.getByRole("img")).toBeVisible();
  await expect(status.getByRole("table")).toBeVisible();
  await expect(status.getByRole("link", { name: "Numbers (CSV)" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
});
