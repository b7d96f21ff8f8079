import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pointPetitionCodeAt } from "../support/petition-env";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The sitemap and robots.txt against a real PostgreSQL: the seeded campaign plus a
// draft profile, a draft statement and statements embargoed until the future and the past.
const ORIGIN = "https://freevoices.example";
let database: TestDatabase;
let db: typeof import("@/lib/db/client").db;
let sitemap: typeof import("@/app/sitemap").default;
let robots: typeof import("@/app/robots").default;

const day = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  database = await createTestDatabase();
  pointPetitionCodeAt(database.url);
  process.env.APP_URL = `${ORIGIN}/`;
  ({ db } = await import("@/lib/db/client"));
  const { seedCampaign } = await import("../../prisma/seed");
  await seedCampaign(db);
  ({ default: sitemap } = await import("@/app/sitemap"));
  ({ default: robots } = await import("@/app/robots"));
  const person = (slug: string, published: boolean) =>
    db.detainee.create({ data: { slug, displayName: slug, status: "IN_DETENTION", published } });
  const statement = (slug: string, status: "DRAFT" | "PUBLISHED", publishAt: Date | null) =>
    db.statement.create({
      data: { slug, title: slug, body: "Text.", status, publishAt, publishedAt: publishAt ?? new Date() },
    });
  await person("published-person", true);
  await person("draft-person", false);
  await statement("embargoed-statement", "PUBLISHED", new Date(Date.now() + day));
  await statement("draft-statement", "DRAFT", null);
  await statement("past-embargo-statement", "PUBLISHED", new Date(Date.now() - day));
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

/** The slugs under `prefix` that the sitemap lists in `locale`. */
function listed(urls: string[], localePrefix: string, kind: "detainees" | "statements"): string[] {
  const pattern = new RegExp(`^${ORIGIN}${localePrefix}/${kind}/([^/]+)$`);
  return urls.flatMap((url) => pattern.exec(url)?.[1] ?? []).sort();
}

describe("sitemap.xml", () => {
  it("lists exactly the published profiles and public statements, in every locale", async () => {
    // Computed from the tables directly, not through the app's own filters.
    const people = await db.$queryRaw<{ slug: string }[]>`SELECT slug FROM "Detainee" WHERE published ORDER BY slug`;
    const statements = await db.$queryRaw<{ slug: string }[]>`
      SELECT slug FROM "Statement"
      WHERE status = 'PUBLISHED' AND ("publishAt" IS NULL OR "publishAt" <= now()) ORDER BY slug`;
    const expectedPeople = people.map((r) => r.slug).sort();
    const expectedStatements = statements.map((r) => r.slug).sort();
    expect(expectedPeople).toContain("published-person");
    expect(expectedPeople).toContain("zaur-gurbanli");
    expect(expectedStatements).toContain("past-embargo-statement");

    const urls = (await sitemap()).map((entry) => entry.url);
    for (const prefix of ["", "/az", "/ru"]) {
      expect(listed(urls, prefix, "detainees")).toEqual(expectedPeople);
      expect(listed(urls, prefix, "statements")).toEqual(expectedStatements);
    }
    expect(urls.join("\n")).not.toMatch(/draft-person|embargoed-statement|draft-statement/);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("gives every page its en, az and ru addresses as hreflang alternates", async () => {
    const entries = await sitemap();
    const profile = entries.filter((entry) => entry.url.endsWith("/detainees/zaur-gurbanli"));
    expect(profile.map((entry) => entry.url).sort()).toEqual([
      `${ORIGIN}/az/detainees/zaur-gurbanli`,
      `${ORIGIN}/detainees/zaur-gurbanli`,
      `${ORIGIN}/ru/detainees/zaur-gurbanli`,
    ]);
    for (const entry of profile) {
      expect(entry.alternates?.languages).toEqual({
        en: `${ORIGIN}/detainees/zaur-gurbanli`,
        az: `${ORIGIN}/az/detainees/zaur-gurbanli`,
        ru: `${ORIGIN}/ru/detainees/zaur-gurbanli`,
        "x-default": `${ORIGIN}/detainees/zaur-gurbanli`,
      });
      expect(entry.lastModified).toBeInstanceOf(Date);
    }
    const home = entries.filter((entry) => /^https:\/\/freevoices\.example(\/az|\/ru)?\/?$/.test(entry.url));
    expect(home).toHaveLength(3);
  });

  it("leaves the petition out while it is a draft", async () => {
    const petition = await db.petition.findFirstOrThrow({ select: { id: true, status: true } });
    expect(petition.status).not.toBe("DRAFT");
    expect((await sitemap()).map((e) => e.url)).toContain(`${ORIGIN}/ru/petition`);
    await db.petition.update({ where: { id: petition.id }, data: { status: "DRAFT" } });
    try {
      expect((await sitemap()).map((e) => e.url).join("\n")).not.toContain("/petition");
    } finally {
      await db.petition.update({ where: { id: petition.id }, data: { status: petition.status } });
    }
  });
});

describe("robots.txt", () => {
  it("keeps crawlers out of the admin area and the API and points them at the sitemap", () => {
    const rules = robots();
    const rule = Array.isArray(rules.rules) ? rules.rules[0] : rules.rules;
    expect(rule?.userAgent).toBe("*");
    expect(rule?.disallow).toEqual(expect.arrayContaining(["/admin", "/api"]));
    expect(rules.sitemap).toBe(`${ORIGIN}/sitemap.xml`);
  });
});
