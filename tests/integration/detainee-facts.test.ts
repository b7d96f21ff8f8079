/**
 * Names per language, sources per fact and disputed facts (issue 10 items 3 and 4), on a
 * real PostgreSQL through the staff actions, as a signed-in editor: a rename is found by
 * its new name, each language has one primary name, and the API and CSV carry the
 * claims of a disputed fact with their sources.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAppTestDatabase } from "../support/app-test-database";
import { requestState } from "../support/next-request-mocks";
import type { TestDatabase } from "../support/test-database";

vi.mock("next/headers", async () => (await import("../support/next-request-mocks")).headersModule);
vi.mock("next/navigation", async () => (await import("../support/next-request-mocks")).navigationModule);
vi.mock("next/cache", async () => (await import("../support/next-request-mocks")).cacheModule);

const APP_URL = "http://localhost:3000";
type Result = { status: string; formError?: string; fieldErrors?: Record<string, string[]> };
type FormAction = (state: { status: "idle" }, form: FormData) => Promise<Result>;

let database: TestDatabase;
let db: typeof import("@/lib/db/client").db;
let facts: typeof import("@/app/admin/detainees/[id]/facts/actions");
let detainees: typeof import("@/app/admin/detainees/actions");
let search: typeof import("@/lib/detainees/search-published-detainees").searchPublishedDetainees;
let zaurId = "";

const call = (action: unknown, fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return (action as FormAction)({ status: "idle" }, data);
};

// Every field of the facts forms, as a browser posts them (empty ones included).
const noSource = {
  sourceId: "",
  newSourcePublisher: "",
  newSourceTitle: "",
  newSourceUrl: "",
  newSourceArchiveUrl: "",
  newSourceDate: "",
};

const found = async (q: string) => (await search({ q })).map((d) => d.slug);

beforeAll(async () => {
  database = await createAppTestDatabase(APP_URL);
  ({ db } = await import("@/lib/db/client"));
  const { seedCampaign } = await import("../../prisma/seed");
  await seedCampaign(db);
  facts = await import("@/app/admin/detainees/[id]/facts/actions");
  detainees = await import("@/app/admin/detainees/actions");
  ({ searchPublishedDetainees: search } = await import("@/lib/detainees/search-published-detainees"));
  const { issueSessionToken, sessionCookieName } = await import("@/lib/auth/session-cookie");
  const editor = await db.staffUser.create({
    data: {
      email: "editor@facts.test",
      name: "Editor",
      role: "EDITOR",
      passwordHash: "not-used",
      totpEnabledAt: new Date(),
      totpSecretEncrypted: "not-used",
    },
    select: { id: true },
  });
  requestState.headers = new Headers({ "sec-fetch-site": "same-origin", origin: APP_URL, host: "localhost:3000" });
  requestState.cookies.set(sessionCookieName(), await issueSessionToken(editor.id));
  zaurId = (await db.detainee.findUniqueOrThrow({ where: { slug: "zaur-gurbanli" } })).id;
});

afterAll(async () => {
  await (await import("@/lib/rate-limit/pg-pool")).rateLimitPool().end();
  await db?.$disconnect();
  await database?.drop();
});

async function profile(slug: string) {
  const { getPublishedDetaineeBySlug } = await import("@/lib/detainees/get-published-detainee-by-slug");
  const result = await getPublishedDetaineeBySlug(slug);
  if (!result || !("profile" in result)) throw new Error(`no profile ${slug}`);
  return result.profile;
}

describe("names per language", () => {
  it("finds a renamed person by the new name in all three scripts, in the same transaction as the rename", async () => {
    const { detaineeFormValues, detaineeEditSelect } = await import("@/lib/detainees/detainee-edit-fields");
    const row = await db.detainee.findUniqueOrThrow({ where: { id: zaurId }, select: detaineeEditSelect });
    const result = await call(detainees.updateDetaineeAction, {
      ...detaineeFormValues(row),
      id: zaurId,
      version: String(row.version),
      displayName: "Zaur Tahirov",
      // A published profile's name is a public fact: its change needs a public note.
      publicNote: "Renamed after his lawyer's correction.",
    });
    expect(result.status).toBe("ok");
    for (const q of ["Zaur Tahirov", "Tahirov", "Tahirov zaur", "Тагиров"]) {
      expect(await found(q), q).toEqual(["zaur-gurbanli"]);
    }
    // The primary name of the other languages is renamed on the facts page.
    const names = await db.detaineeName.findMany({ where: { detaineeId: zaurId, isPrimary: true } });
    const az = names.find((n) => n.lang === "az")!;
    const ru = names.find((n) => n.lang === "ru")!;
    for (const [n, name, script] of [
      [az, "Zaur Tahirli", "LATIN"],
      [ru, "Заур Тахирли", "CYRILLIC"],
    ] as const) {
      const saved = await call(facts.saveNameVariantAction, {
        ...noSource,
        detaineeId: zaurId,
        nameId: n.id,
        name,
        script,
        lang: n.lang!,
        isPrimary: "on",
        transliteration: "on",
      });
      expect(saved.status, name).toBe("ok");
    }
    expect(await found("Tahirli")).toEqual(["zaur-gurbanli"]);
    expect(await found("Тахирли")).toEqual(["zaur-gurbanli"]);
    expect(await found("Qurbanlı")).toEqual(["zaur-gurbanli"]); // "Zaur Gurbanly", a sourced variant, remains
    expect(await found("Заур Гурбанлы")).toEqual(["zaur-gurbanli"]);
    const p = await profile("zaur-gurbanli");
    const { nameForLocale } = await import("@/lib/detainees/name-for-locale");
    expect([nameForLocale(p, "en"), nameForLocale(p, "az"), nameForLocale(p, "ru")]).toEqual([
      "Zaur Tahirov",
      "Zaur Tahirli",
      "Заур Тахирли",
    ]);
  });

  it("keeps one primary name per language, and the English one is the name shown in lists", async () => {
    const added = await call(facts.saveNameVariantAction, {
      ...noSource,
      detaineeId: zaurId,
      name: "Zaur Tahirov-Gurbanli",
      script: "LATIN",
      lang: "en",
      isPrimary: "on",
      transliteration: "on",
    });
    expect(added.status).toBe("ok");
    const primaries = await db.detaineeName.findMany({
      where: { detaineeId: zaurId, isPrimary: true },
      select: { name: true, lang: true },
      orderBy: { lang: "asc" },
    });
    expect(primaries.map((n) => [n.lang, n.name])).toEqual([
      ["az", "Zaur Tahirli"],
      ["en", "Zaur Tahirov-Gurbanli"],
      ["ru", "Заур Тахирли"],
    ]);
    const d = await db.detainee.findUniqueOrThrow({ where: { id: zaurId }, select: { displayName: true } });
    expect(d.displayName).toBe("Zaur Tahirov-Gurbanli");
    const { publicDetaineeSummary } = await import("@/lib/api/public-detainee");
    const [card] = await search({ q: "Тахирли" });
    expect(publicDetaineeSummary(card!, "ru").name).toBe("Заур Тахирли");
    expect(publicDetaineeSummary(card!, "az").name).toBe("Zaur Tahirli");
  });

  it("refuses a spelling with neither a source nor the transliteration mark, field by field, writing nothing", async () => {
    const before = await db.detaineeName.count();
    const fields = {
      ...noSource,
      detaineeId: zaurId,
      name: "Zaur Unsourced",
      script: "LATIN",
      lang: "en",
      isPrimary: "",
      transliteration: "",
    };
    const unsourced = await call(facts.saveNameVariantAction, fields);
    expect(unsourced.status).toBe("invalid");
    expect(Object.keys(unsourced.fieldErrors ?? {})).toEqual(["sourceId"]);
    const badLanguage = await call(facts.saveNameVariantAction, { ...fields, lang: "xx", transliteration: "on" });
    expect(Object.keys(badLanguage.fieldErrors ?? {})).toEqual(["lang"]);
    expect(await db.detaineeName.count()).toBe(before);
  });
});

describe("sources per fact and disputed facts", () => {
  it("carries a disputed arrest date in the API and the CSV, each claim with its source", async () => {
    for (const [date, publisher, archive] of [
      ["2013-03-07", "Turan", "https://web.archive.org/web/2013/https://turan.example/a"],
      ["2013-03-08", "Meydan TV", ""],
    ]) {
      const result = await call(facts.addFactClaimAction, {
        ...noSource,
        detaineeId: zaurId,
        field: "arrestDate",
        value: date!,
        otherSources: "",
        note: "",
        newSourcePublisher: publisher!,
        newSourceTitle: `Report of ${date}`,
        newSourceUrl: `https://news.example/${date}`,
        newSourceArchiveUrl: archive!,
      });
      expect(result.status, date).toBe("ok");
    }
    const { publicDetaineeProfile, detaineeProfileSchema } = await import("@/lib/api/public-detainee");
    const api = detaineeProfileSchema.parse(publicDetaineeProfile(await profile("zaur-gurbanli"), "en"));
    expect(api.disputed).toEqual(["arrestDate"]);
    const claims = api.claims.filter((c) => c.field === "arrestDate");
    expect(claims.map((c) => c.date)).toEqual([
      { date: "2013-03-07", precision: "DAY" },
      { date: "2013-03-08", precision: "DAY" },
    ]);
    const sources = new Map(api.sources.map((s) => [s.id, s]));
    expect(claims.map((c) => sources.get(c.sourceId!)?.publisher)).toEqual(["Turan", "Meydan TV"]);
    expect(sources.get(claims[0]!.sourceId!)?.archiveUrl).toBe(
      "https://web.archive.org/web/2013/https://turan.example/a",
    );

    const { searchPublishedDetaineesForExport } = await import("@/lib/detainees/search-published-detainees-for-export");
    const { detaineesCsv } = await import("@/lib/detainees/detainees-csv");
    const csv = detaineesCsv(await searchPublishedDetaineesForExport({ q: "Tahirov" }), "en");
    expect(csv).toContain("arrestDate: 2013-03-07 (Turan, Report of 2013-03-07) | arrestDate: 2013-03-08 (Meydan TV");
    const huseynov = detaineesCsv(await searchPublishedDetaineesForExport({ q: "Hasanov" }), "en");
    expect(huseynov).toContain("name: Rashad Hasanov (other sources, not named)");
  });

  it("cites a source for a charge and shows its note; a fact of another profile is refused", async () => {
    const charge = await db.charge.create({ data: { detaineeId: zaurId, description: "Hooliganism" } });
    const source = await db.source.findFirstOrThrow({ where: { publisher: "Turan" } });
    const cited = await call(facts.attachFactSourceAction, {
      ...noSource,
      detaineeId: zaurId,
      field: `charge:${charge.id}`,
      sourceId: source.id,
      note: "Article named in court",
    });
    expect(cited.status).toBe("ok");
    const { publicDetaineeProfile } = await import("@/lib/api/public-detainee");
    const api = publicDetaineeProfile(await profile("zaur-gurbanli"), "en");
    expect(api.facts).toContainEqual({
      field: `charge:${charge.id}`,
      sourceId: source.id,
      note: "Article named in court",
    });

    const other = await db.detainee.findUniqueOrThrow({
      where: { slug: "ilkin-rustamzade" },
      include: { names: true },
    });
    const before = await db.detaineeSource.count();
    const refused = await call(facts.attachFactSourceAction, {
      ...noSource,
      detaineeId: zaurId,
      field: `name:${other.names[0]!.id}`,
      sourceId: source.id,
      note: "",
    });
    expect(refused.status).toBe("invalid");
    expect(refused.fieldErrors?.field).toBeDefined();
    expect(await db.detaineeSource.count()).toBe(before);
  });

  it("refuses a claim with no source, or a date that is not one, writing nothing", async () => {
    const before = await db.factClaim.count();
    const noSourceGiven = await call(facts.addFactClaimAction, {
      ...noSource,
      detaineeId: zaurId,
      field: "sentence",
      value: "8 years",
      otherSources: "",
      note: "",
    });
    expect(noSourceGiven.fieldErrors?.sourceId).toBeDefined();
    const badDate = await call(facts.addFactClaimAction, {
      ...noSource,
      detaineeId: zaurId,
      field: "arrestDate",
      value: "2013-02-30",
      otherSources: "on",
      note: "",
    });
    expect(badDate.fieldErrors?.value).toBeDefined();
    expect(await db.factClaim.count()).toBe(before);
  });
});
