/**
 * The Atom feeds of each language on a real PostgreSQL with the seeded campaign: each
 * validates against Atom's RELAX NG schema (RFC 4287), says its language with xml:lang,
 * carries its language's texts (English where a translation is missing), and dates a
 * statement by its release, not by its last save.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { validateXML } from "xmllint-wasm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppTestDatabase } from "../support/app-test-database";
import type { TestDatabase } from "../support/test-database";

const APP_URL = "http://localhost:3000";
const RELEASED = new Date("2026-05-03T09:00:00.000Z");

let database: TestDatabase;
let db: typeof import("@/lib/db/client").db;
let buildPublicFeed: typeof import("@/lib/feed/build-public-feed").buildPublicFeed;
let atomSchema = "";

async function atomErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: "feed.xml", contents: xml }],
    schema: [{ fileName: "atom.rng", contents: atomSchema }],
    extension: "relaxng",
  });
  return result.errors.map((e) => e.message);
}

const feed = (locale: "en" | "az" | "ru") => buildPublicFeed({ locale, siteName: "Free Voices", tagline: "Tagline" });

beforeAll(async () => {
  database = await createAppTestDatabase(APP_URL);
  ({ db } = await import("@/lib/db/client"));
  const { seedCampaign } = await import("../../prisma/seed");
  await seedCampaign(db);
  ({ buildPublicFeed } = await import("@/lib/feed/build-public-feed"));
  atomSchema = await readFile(path.join(import.meta.dirname, "../support/atom.rng"), "utf8");
  // Released in May, saved again since: the feed must keep the release date.
  await db.statement.create({
    data: {
      slug: "released-in-may",
      title: "Court hearing statement",
      body: "The hearing was closed to the public.",
      status: "PUBLISHED",
      publishedAt: RELEASED,
      translations: { az: { title: "Məhkəmə iclası barədə bəyanat" } },
    },
  });
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe("the feeds per language", () => {
  it("validate as Atom, each with its language in xml:lang", async () => {
    for (const locale of ["en", "az", "ru"] as const) {
      const xml = await feed(locale);
      expect(await atomErrors(xml), locale).toEqual([]);
      expect(xml, locale).toContain(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
      const self = locale === "en" ? `${APP_URL}/feed.xml` : `${APP_URL}/${locale}/feed.xml`;
      expect(xml, locale).toContain(`<link rel="self" href="${self}"/>`);
    }
  });

  it("the schema check does fail a feed that is not Atom", async () => {
    const xml = (await feed("en")).replace(/<id>[^<]*<\/id>/, "");
    expect(await atomErrors(xml)).not.toEqual([]);
  });

  it("carry each language's texts and links, English where no translation exists", async () => {
    const az = await feed("az");
    expect(az).toContain("<![CDATA[Məhkəmə iclası barədə bəyanat]]>");
    expect(az).toContain(`${APP_URL}/az/statements/released-in-may`);
    const ru = await feed("ru");
    expect(ru).toContain("<![CDATA[Court hearing statement]]>");
    expect(ru).toContain(`${APP_URL}/ru/statements/released-in-may`);
  });

  it("date a statement by its release, not by its last save", async () => {
    await db.statement.update({ where: { slug: "released-in-may" }, data: { body: "Corrected body." } });
    const xml = await feed("en");
    const entry = xml.split("<entry>").find((e) => e.includes("/statements/released-in-may"))!;
    expect(entry).toContain(`<updated>${RELEASED.toISOString()}</updated>`);
    expect(entry).toContain(`<published>${RELEASED.toISOString()}</published>`);
  });
});
