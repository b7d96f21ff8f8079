/**
 * The campaign in figures (issue 16, item 1), on a real PostgreSQL with the seeded
 * campaign plus profiles of every kind of date: the JSON, each chart's CSV and its
 * images agree with figures computed independently in SQL, unpublished profiles never
 * count, and bad requests get a 4xx.
 */
import { NextRequest } from "next/server";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppTestDatabase } from "../support/app-test-database";
import { expectedNumbers, type ExpectedNumbers } from "../support/expected-numbers";
import { readCsv } from "../support/read-csv";
import type { TestDatabase } from "../support/test-database";
import type { NumbersResponse } from "@/lib/api/public-numbers";

let database: TestDatabase;
let db: typeof import("@/lib/db/client").db;
let numbersRoute: typeof import("@/app/api/v1/numbers/route");
let fileRoute: typeof import("@/app/api/v1/numbers/[file]/route");
let schema: typeof import("@/lib/api/public-numbers").numbersResponseSchema;

const origin = "https://freevoices.example";

beforeAll(async () => {
  database = await createAppTestDatabase(origin);
  ({ db } = await import("@/lib/db/client"));
  const { seedCampaign } = await import("../../prisma/seed");
  await seedCampaign(db);
  numbersRoute = await import("@/app/api/v1/numbers/route");
  fileRoute = await import("@/app/api/v1/numbers/[file]/route");
  ({ numbersResponseSchema: schema } = await import("@/lib/api/public-numbers"));

  const press = await db.organisation.create({ data: { slug: "free-press", name: "Free Press Union" } });
  // A name a spreadsheet would run as a formula: the CSV must neutralise it.
  const hostile = await db.organisation.create({ data: { slug: "formula-club", name: "=HYPERLINK(1)" } });
  const hidden = await db.organisation.create({ data: { slug: "only-unpublished", name: "Only Unpublished" } });
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const people = [
    // Held a year and two months, released on a known day.
    {
      slug: "n-released",
      status: "RELEASED",
      arrestDate: day("2014-03-10"),
      arrestDatePrecision: "DAY",
      releaseDate: day("2015-05-20"),
      releaseDatePrecision: "DAY",
      occupation: "Journalist",
      affiliationId: press.id,
    },
    // Arrest known to the month only; still held. "journalist" groups with "Journalist".
    {
      slug: "n-month",
      status: "PRE_TRIAL_DETENTION",
      arrestDate: day("2024-02-01"),
      arrestDatePrecision: "MONTH",
      occupation: "journalist",
      affiliationId: press.id,
    },
    // Only the year of arrest: left out of months and of time in detention.
    { slug: "n-year", status: "SERVING_SENTENCE", arrestDate: day("2020-01-01"), arrestDatePrecision: "YEAR" },
    // Released on a day nobody recorded: left out of time in detention.
    {
      slug: "n-no-release-date",
      status: "RELEASED",
      arrestDate: day("2019-06-01"),
      arrestDatePrecision: "DAY",
      occupation: "Blogger",
      affiliationId: hostile.id,
    },
    // Held under a month, released in the month of the arrest.
    {
      slug: "n-short",
      status: "ACQUITTED",
      arrestDate: day("2024-02-15"),
      arrestDatePrecision: "DAY",
      releaseDate: day("2024-02-28"),
      releaseDatePrecision: "DAY",
      occupation: "Blogger",
    },
  ] as const;
  for (const p of people) {
    await db.detainee.create({ data: { ...p, displayName: p.slug, published: true } });
  }
  // Unpublished: in no figure, not even its organisation or its month.
  await db.detainee.create({
    data: {
      slug: "n-unpublished",
      displayName: "Unpublished Person",
      status: "POLICE_CUSTODY",
      arrestDate: day("2011-07-04"),
      arrestDatePrecision: "DAY",
      occupation: "Secret occupation",
      affiliationId: hidden.id,
      published: false,
    },
  });
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

async function getNumbers(query = ""): Promise<Response> {
  return numbersRoute.GET(new NextRequest(`${origin}/api/v1/numbers${query}`));
}

async function getFile(file: string, query = ""): Promise<Response> {
  return fileRoute.GET(new NextRequest(`${origin}/api/v1/numbers/${file}${query}`), {
    params: Promise.resolve({ file }),
  });
}

const chart = (body: NumbersResponse, id: string) => body.charts.find((c) => c.id === id)!;
const counts = (body: NumbersResponse, id: string, series = "count") =>
  Object.fromEntries(
    chart(body, id)
      .rows.filter((r) => r.values[series]! > 0)
      .map((r) => [r.key, r.values[series]!]),
  );

describe("the numbers JSON", () => {
  let body: NumbersResponse;
  let expected: ExpectedNumbers;

  beforeAll(async () => {
    const response = await getNumbers();
    expect(response.status).toBe(200);
    body = schema.parse(await response.json());
    expected = await expectedNumbers(db, body.asOf);
  });

  it("counts exactly what SQL counts over published profiles, chart by chart", () => {
    expect(body.total).toBe(expected.total);
    expect(counts(body, "status")).toEqual(expected.status);
    expect(counts(body, "monthly", "arrests")).toEqual(expected.arrests);
    expect(counts(body, "monthly", "releases")).toEqual(expected.releases);
    expect(counts(body, "affiliation")).toEqual(expected.affiliation);
    const occupations = Object.fromEntries(
      chart(body, "occupation").rows.map((r) => [r.key.toLowerCase(), r.values.count!]),
    );
    expect(occupations).toEqual(expected.occupation);
    expect(counts(body, "detention")).toEqual(expected.detention);
  });

  it("leaves unpublished profiles out of every figure", () => {
    const text = JSON.stringify(body);
    expect(text).not.toContain("only-unpublished");
    expect(text).not.toContain("Secret occupation");
    expect(text).not.toContain("2011-07");
    expect(counts(body, "status").POLICE_CUSTODY).toBeUndefined();
  });

  it("says how many are left out of time in detention and of the months, and why", () => {
    const { noArrestDate, noReleaseDate } = expected.leftOut;
    expect(noArrestDate).toBeGreaterThan(0);
    expect(noReleaseDate).toBe(1);
    expect(chart(body, "detention").notes.join(" ")).toContain(
      `Left out: ${noArrestDate} people without such a date, ${noReleaseDate} person no longer held`,
    );
    expect(chart(body, "monthly").notes.join(" ")).toContain(
      `${expected.monthUnknown.arrests} arrests and ${expected.monthUnknown.releases} release`,
    );
  });

  it("links each row to the published profiles behind it", () => {
    const status = chart(body, "status").rows.find((r) => r.key === "RELEASED")!;
    expect(status.profilesUrl).toBe(`${origin}/detainees?status=RELEASED`);
    const press = chart(body, "affiliation").rows.find((r) => r.key === "free-press")!;
    expect(press).toMatchObject({
      label: "Free Press Union",
      profilesUrl: `${origin}/detainees?affiliation=free-press`,
    });
    expect(chart(body, "affiliation").rows.at(-1)).toMatchObject({ key: "", label: "Not recorded", profilesUrl: null });
    const month = chart(body, "monthly").rows.find((r) => r.key === "2024-02")!;
    expect(month).toMatchObject({ values: { arrests: 2, releases: 1 }, profilesUrl: `${origin}/detainees?year=2024` });
  });

  it("answers in Azerbaijani and Russian with the same numbers and translated labels", async () => {
    for (const [lang, released] of [
      ["az", "Azad edilib"],
      ["ru", "Освобождён(а)"],
    ] as const) {
      const translated = schema.parse(await (await getNumbers(`?lang=${lang}`)).json());
      expect(translated.charts.map((c) => c.rows.map((r) => [r.key, r.values]))).toEqual(
        body.charts.map((c) => c.rows.map((r) => [r.key, r.values])),
      );
      expect(chart(translated, "status").rows.find((r) => r.key === "RELEASED")!.label).toBe(released);
      expect(translated.pageUrl).toBe(`${origin}/${lang}/numbers`);
    }
  });

  it("refuses an unknown language or parameter with a 400 naming it", async () => {
    for (const query of ["?lang=fr", "?colour=red"]) {
      const response = await getNumbers(query);
      expect(response.status).toBe(400);
      expect(Object.keys((await response.json()).fieldErrors)).toEqual([query.slice(1).split("=")[0]]);
    }
  });
});

describe("each chart's CSV and images", () => {
  let body: NumbersResponse;
  beforeAll(async () => {
    body = schema.parse(await (await getNumbers("?lang=ru")).json());
  });

  it("has a CSV with exactly the rows and numbers of its table", async () => {
    for (const c of body.charts) {
      const response = await getFile(`${c.id}.csv`, "?lang=ru");
      expect(response.status, c.id).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      const [header, ...rows] = readCsv(await response.text());
      expect(header, c.id).toEqual(["key", c.keyLabel, ...c.series.map((s) => s.label), "profiles"]);
      expect(rows, c.id).toEqual(
        c.rows.map((r) => [
          r.key,
          r.label.startsWith("=") ? `'${r.label}` : r.label,
          ...c.series.map((s) => String(r.values[s.key])),
          r.profilesUrl ?? "",
        ]),
      );
    }
  });

  it("neutralises a label a spreadsheet would run as a formula", async () => {
    const rows = readCsv(await (await getFile("affiliation.csv")).text());
    expect(rows.map((r) => r[1])).toContain("'=HYPERLINK(1)");
    expect(rows.map((r) => r[1])).not.toContain("=HYPERLINK(1)");
  });

  it("draws the title, the date and the source line into the SVG, which screen readers can name", async () => {
    const response = await getFile("status.svg", "?lang=ru");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await response.text();
    const status = chart(body, "status");
    expect(svg).toMatch(
      /^<svg [^>]*role="img" aria-labelledby="chart-status-title" aria-describedby="chart-status-desc"/,
    );
    const date = new Intl.DateTimeFormat("ru", { dateStyle: "long", timeZone: "UTC" }).format(new Date(body.asOf));
    expect(svg).toContain(`<title id="chart-status-title">${status.title}. По состоянию на ${date}</title>`);
    expect(svg).toContain(`>По состоянию на ${date}</text>`);
    expect(svg).toContain(`>Источник: Свободные голоса, ${origin}, данные на ${date}</text>`);
    // Staff-typed text is escaped, never markup.
    const affiliation = await (await getFile("affiliation.svg")).text();
    expect(affiliation).not.toMatch(/<script|=HYPERLINK\(1\)<\/text><script/);
  });

  it("renders the PNG from the SVG at twice its size", async () => {
    const response = await getFile("monthly.png");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    const svgSize = await sharp(Buffer.from(await (await getFile("monthly.svg")).text())).metadata();
    const png = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect(png.format).toBe("png");
    expect(png.width).toBe(svgSize.width! * 2);
    expect(png.height).toBe(svgSize.height! * 2);
  });

  it("answers an unknown chart or format with a 404, and a bad language with a 400", async () => {
    for (const file of ["nope.csv", "status.pdf", "status", "..%2Fstatus.csv"]) {
      expect((await getFile(file)).status, file).toBe(404);
    }
    expect((await getFile("status.png", "?lang=xx")).status).toBe(400);
  });
});
