import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The search and filters of /detainees, the API and the CSV, on a real PostgreSQL
// with the seeded campaign plus people added here.
let database: TestDatabase;
let search: typeof import("@/lib/detainees/search-published-detainees").searchPublishedDetainees;
let options: typeof import("@/lib/detainees/get-detainee-filter-options").getDetaineeFilterOptions;
let db: typeof import("@/lib/db/client").db;

const names = (rows: { displayName: string }[]) => rows.map((r) => r.displayName).sort();

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  ({ db } = await import("@/lib/db/client"));
  const { seedCampaign } = await import("../../prisma/seed");
  await seedCampaign(db);
  ({ searchPublishedDetainees: search } = await import("@/lib/detainees/search-published-detainees"));
  ({ getDetaineeFilterOptions: options } = await import("@/lib/detainees/get-detainee-filter-options"));
  const { toSearchKey } = await import("@/lib/detainees/search-key");
  const org = await db.organisation.create({ data: { slug: "other-org", name: "Other Org" } });
  const add = (displayName: string, published: boolean, extra: object) =>
    db.detainee.create({
      data: {
        slug: toSearchKey(displayName).replace(/ /g, "-"),
        displayName,
        published,
        status: "SERVING_SENTENCE",
        ...extra,
        names: { create: [{ name: displayName, isPrimary: true, searchKey: toSearchKey(displayName) }] },
      },
    });
  await add("Anar Mammadli", true, {
    occupation: "Election monitor",
    affiliationId: org.id,
    arrestDate: new Date(Date.UTC(2013, 11, 16)),
    arrestDatePrecision: "DAY",
    charges: { create: [{ description: "Tax evasion", article: "213.1" }] },
  });
  await add("Leyla Mammadova", false, {
    occupation: "Secret occupation",
    arrestDate: new Date(Date.UTC(2001, 0, 1)),
    arrestDatePrecision: "YEAR",
  });
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe("searchPublishedDetainees", () => {
  it.each([
    ["Мамедов", ["Uzeyir Mammadov"]],
    ["Məmmədov", ["Uzeyir Mammadov"]],
    ["mamedov uzeir", ["Uzeyir Mammadov"]],
    ["Mammadli", ["Anar Mammadli", "Uzeyir Mammadov"]],
    ["Rustamzadeh", ["Ilkin Rustamzade"]],
    ["Гусейнов", ["Rashad Huseynov"]],
    ["Rashad Hasanov", ["Rashad Huseynov"]],
    ["QURBANLI", ["Zaur Gurbanli"]],
    ["rash", ["Rashad Huseynov", "Rashadat Akhundov"]],
  ])("finds %s", async (q, expected) => {
    expect(names(await search({ q }))).toEqual(expected);
  });

  it("does not match inside a word, needs every word, and finds nobody for punctuation", async () => {
    expect(await search({ q: "zade" })).toEqual([]);
    expect(await search({ q: "Uzeyir Huseynov" })).toEqual([]);
    expect(await search({ q: "!!" })).toEqual([]);
  });

  it("never returns an unpublished person, by name or by filter", async () => {
    expect(await search({ q: "Mammadova" })).toEqual([]);
    expect(await search({ occupation: "Secret occupation" })).toEqual([]);
    expect(await search({ year: 2001 })).toEqual([]);
    const all = await search({});
    expect(all).toHaveLength(6);
    expect(names(all)).not.toContain("Leyla Mammadova");
  });

  it("filters by status, affiliation, occupation, charge and arrest year", async () => {
    expect(names(await search({ status: "SERVING_SENTENCE" }))).toEqual(["Anar Mammadli"]);
    expect(await search({ affiliation: "nida" })).toHaveLength(5);
    expect(names(await search({ affiliation: "other-org" }))).toEqual(["Anar Mammadli"]);
    expect(names(await search({ occupation: "youth ACTIVIST" }))).toHaveLength(5);
    expect(names(await search({ charge: "tax evasion" }))).toEqual(["Anar Mammadli"]);
    expect(names(await search({ charge: "213.1" }))).toEqual(["Anar Mammadli"]);
    expect(names(await search({ year: 2013 }))).toEqual(["Anar Mammadli"]);
    expect(await search({ year: 2014 })).toEqual([]);
    expect(names(await search({ q: "mamed", status: "IN_DETENTION" }))).toEqual(["Uzeyir Mammadov"]);
  });

  it("sorts by name, by days in detention and by arrest date", async () => {
    const byName = (await search({ sort: "name" })).map((r) => r.displayName);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
    expect((await search({ sort: "detention" }))[0]!.displayName).toBe("Anar Mammadli");
    expect((await search({ sort: "arrested" }))[0]!.displayName).toBe("Anar Mammadli");
  });

  it("offers filter values from published profiles only", async () => {
    const o = await options();
    expect(o.occupations.map((x) => x.value)).not.toContain("Secret occupation");
    expect(o.years).toEqual([2013]);
    expect(o.affiliations.map((a) => a.slug).sort()).toEqual(["nida", "other-org"]);
  });
});
