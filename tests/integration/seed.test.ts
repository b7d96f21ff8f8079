/**
 * The seed against a real PostgreSQL: a fresh database per run, migrated by the
 * project's own runner, seeded twice. Expected values are written out here rather
 * than imported from the seed, so a typo in the seed's data fails the test.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../lib/db/generated/client";
import { toSearchKey, toSearchTokens } from "../../lib/detainees/search-key";
import { locales } from "../../lib/i18n/routing";
import { seedCampaign } from "../../prisma/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The statement itself, when the shared seeds sit beside the repository (as in
// this workspace); the faithfulness checks against its text run only then.
const STATEMENT_FILE = path.resolve(import.meta.dirname, "../../../shared/seeds/000_3e6d2889b1d55732.txt");

// az and ru: the primary names of those pages, the editor's transliterations (no source gives them).
const EXPECTED = [
  {
    slug: "rashadat-akhundov",
    displayName: "Rashadat Akhundov",
    az: "Rəşadət Axundov",
    ru: "Рашадат Ахундов",
    variants: [] as string[],
  },
  {
    slug: "uzeyir-mammadov",
    displayName: "Uzeyir Mammadov",
    az: "Üzeyir Məmmədov",
    ru: "Узеир Мамедов",
    variants: ["Uzeyir Mammadli"],
  },
  {
    slug: "rashad-huseynov",
    displayName: "Rashad Huseynov",
    az: "Rəşad Hüseynov",
    ru: "Рашад Гусейнов",
    variants: [],
  },
  {
    slug: "zaur-gurbanli",
    displayName: "Zaur Gurbanli",
    az: "Zaur Qurbanlı",
    ru: "Заур Гурбанлы",
    variants: ["Zaur Gurbanly"],
  },
  {
    slug: "ilkin-rustamzade",
    displayName: "Ilkin Rustamzade",
    az: "İlkin Rüstəmzadə",
    ru: "Илькин Рустамзаде",
    variants: ["Ilkin Rustamzadeh"],
  },
];

const SPEAKER_ORDER = [
  "Emin Huseynov",
  "Thomas Hughes",
  "Maria Dahle",
  "Robert Hårdh",
  "UN Special Rapporteurs on freedom of assembly and association, on human rights defenders and on freedom of expression",
  "UN Special Rapporteur on freedom of assembly and association",
  "Maria Dahle",
];

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

async function rowCounts(prisma: PrismaClient): Promise<Record<string, number>> {
  return {
    source: await prisma.source.count(),
    organisation: await prisma.organisation.count(),
    case: await prisma.case.count(),
    detainee: await prisma.detainee.count(),
    detaineeName: await prisma.detaineeName.count(),
    detaineeSource: await prisma.detaineeSource.count(),
    factClaim: await prisma.factClaim.count(),
    caseEvent: await prisma.caseEvent.count(),
    charge: await prisma.charge.count(),
    statement: await prisma.statement.count(),
    speaker: await prisma.speaker.count(),
    quote: await prisma.quote.count(),
    signatory: await prisma.statementSignatory.count(),
    statementDetainee: await prisma.statementDetainee.count(),
    petition: await prisma.petition.count(),
    consentText: await prisma.consentText.count(),
    campaign: await prisma.campaign.count(),
    pressContact: await prisma.pressContact.count(),
    staffUser: await prisma.staffUser.count(),
  };
}

describe("prisma/seed.ts on the test PostgreSQL", () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let countsAfterFirst: Record<string, number>;
  let countsAfterSecond: Record<string, number>;

  beforeAll(async () => {
    database = await createTestDatabase();
    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    await seedCampaign(prisma);
    countsAfterFirst = await rowCounts(prisma);
    await seedCampaign(prisma);
    countsAfterSecond = await rowCounts(prisma);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  it("creates nothing twice when run again", () => {
    expect(countsAfterSecond).toEqual(countsAfterFirst);
    expect(countsAfterFirst.detainee).toBe(5);
  });

  it("seeds exactly the five named detainees, spelled as in the statement", async () => {
    const detainees = await prisma.detainee.findMany({
      include: { affiliation: true, case: true },
      orderBy: { slug: "asc" },
    });
    expect(detainees.map((d) => [d.slug, d.displayName])).toEqual(
      [...EXPECTED].sort((a, b) => a.slug.localeCompare(b.slug)).map((e) => [e.slug, e.displayName]),
    );
    for (const d of detainees) {
      expect(d.published).toBe(true);
      expect(d.status).toBe("IN_DETENTION");
      expect(d.statusCertainty).toBe("KNOWN");
      expect(d.statusConfirmedOn?.toISOString().slice(0, 10)).toBe("2013-01-01");
      expect(d.statusConfirmedPrecision).toBe("YEAR");
      expect(d.affiliation?.name).toBe("N!DA");
      expect(d.case?.slug).toBe("nida-activists-2013");
    }
  });

  it("invents nothing the statement does not give", async () => {
    const detainees = await prisma.detainee.findMany();
    for (const d of detainees) {
      expect(d, d.slug).toMatchObject({
        arrestDate: null,
        arrestDatePrecision: null,
        placeOfDetention: null,
        sentence: null,
        releaseDate: null,
        releaseType: null,
        dateOfBirth: null,
        bio: null,
        photoPath: null,
        photoCredit: null,
        photoLicence: null,
        photoSourceUrl: null,
      });
    }
    expect(await prisma.charge.count()).toBe(0);
    expect(await prisma.caseEvent.count({ where: { type: { not: "STATEMENT" } } })).toBe(0);
    expect(await prisma.source.count({ where: { url: { not: null } } })).toBe(0);
    expect(await prisma.organisation.count({ where: { url: { not: null } } })).toBe(0);
    expect(await prisma.pressContact.count()).toBe(0);
    expect(await prisma.staffUser.count()).toBe(0);
  });

  it("counts the two detainees the statement does not name", async () => {
    const c = await prisma.case.findUniqueOrThrow({
      where: { slug: "nida-activists-2013" },
      include: { detainees: true, source: true },
    });
    expect(c.unnamedCount).toBe(2);
    expect(c.detainees).toHaveLength(5);
    expect(c.source?.title).toMatch(/statement/i);
    expect(c.summary).toContain("drug and gun possession, hooliganism and not obeying police orders");
  });

  it("cites the statement to the organisations linked to the two bodies, not to the bodies", async () => {
    const statement = await prisma.statement.findFirstOrThrow({ include: { source: true } });
    expect(statement.source?.publisher).toBe(
      "Organisations linked to the International Partnership Group on Azerbaijan and the Solidarity Platform",
    );
  });

  it("records a primary name per language, each with its source or as the editor's transliteration", async () => {
    const statementSource = await prisma.source.findFirstOrThrow({
      where: { publisher: { contains: "International Partnership Group on Azerbaijan" } },
    });
    const notesSource = await prisma.source.findFirstOrThrow({ where: { publisher: "Free Voices" } });
    for (const e of EXPECTED) {
      const d = await prisma.detainee.findUniqueOrThrow({
        where: { slug: e.slug },
        include: { names: true, sources: true },
      });
      const byName = new Map(d.names.map((n) => [n.name, n]));
      expect([...byName.keys()].sort()).toEqual([e.displayName, e.az, e.ru, ...e.variants].sort());
      for (const n of d.names) {
        expect(n.searchKey, n.name).toBe(toSearchKey(n.name));
        expect(n.script, n.name).toBe(/[а-яё]/i.test(n.name) ? "CYRILLIC" : "LATIN");
      }
      // The statement's spelling is cited to it; the Latin variants to the seed notes;
      // the az and ru forms no source gives are the editor's, with no source.
      expect(byName.get(e.displayName)).toMatchObject({ sourceId: statementSource.id, transliteration: false });
      for (const v of e.variants)
        expect(byName.get(v), v).toMatchObject({ sourceId: notesSource.id, transliteration: false });
      for (const t of [e.az, e.ru]) expect(byName.get(t), t).toMatchObject({ sourceId: null, transliteration: true });
      const primary = Object.fromEntries(d.names.filter((n) => n.isPrimary).map((n) => [n.lang, n.name]));
      expect(primary).toEqual({ en: e.displayName, az: e.az, ru: e.ru });
      const statementFacts = d.sources.filter((s) => s.sourceId === statementSource.id).map((s) => s.field);
      expect(statementFacts).toEqual(expect.arrayContaining(["name", "status", "affiliation"]));
    }
  });

  it("lets search find a person by any recorded spelling", async () => {
    const find = async (query: string) => {
      const tokens = toSearchTokens(query);
      // The Prisma spelling of searchKeyLikePatterns: a word of the key starts with the token.
      const where = {
        AND: tokens.map((t) => ({
          OR: [{ searchKey: { startsWith: t } }, { searchKey: { contains: ` ${t}` } }],
        })),
      };
      const select = { detainee: { select: { slug: true } } };
      const hits = [
        ...(await prisma.detaineeName.findMany({ where, select })),
        ...(await prisma.factClaim.findMany({ where: { ...where, field: "name" }, select })),
      ];
      return [...new Set(hits.map((h) => h.detainee.slug))];
    };
    expect(await find("Məmmədov")).toEqual(["uzeyir-mammadov"]);
    expect(await find("Мамедов")).toEqual(["uzeyir-mammadov"]);
    expect(await find("Mammadli")).toEqual(["uzeyir-mammadov"]);
    expect(await find("Rashad Hasanov")).toEqual(["rashad-huseynov"]);
    expect(await find("Гусейнов")).toEqual(["rashad-huseynov"]);
    expect(await find("Qurbanlı")).toEqual(["zaur-gurbanli"]);
    expect(await find("Rüstəmzadə")).toEqual(["ilkin-rustamzade"]);
    expect(await find("Axundov")).toEqual(["rashadat-akhundov"]);
    expect(await find("Üzeyir")).toEqual(["uzeyir-mammadov"]);
  });

  it("records Hasanov as a surname other sources give, disputed, not as a spelling", async () => {
    const statementSource = await prisma.source.findFirstOrThrow({
      where: { publisher: { contains: "International Partnership Group on Azerbaijan" } },
    });
    const d = await prisma.detainee.findUniqueOrThrow({
      where: { slug: "rashad-huseynov" },
      include: { names: true, claims: { orderBy: { value: "asc" } } },
    });
    expect(d.names.map((n) => n.name)).not.toContain("Rashad Hasanov");
    expect(d.claims.map((c) => [c.field, c.value, c.sourceId])).toEqual([
      // No source for "other sources" is in the seeds: none is invented.
      ["name", "Rashad Hasanov", null],
      ["name", "Rashad Huseynov", statementSource.id],
    ]);
    expect(await prisma.factClaim.count({ where: { detainee: { slug: { not: "rashad-huseynov" } } } })).toBe(0);
  });

  it("seeds one statement with its seven quotes in order", async () => {
    const statements = await prisma.statement.findMany({
      include: {
        quotes: { orderBy: { position: "asc" }, include: { speaker: { include: { organisation: true } } } },
        signatories: { include: { organisation: true } },
        detainees: true,
      },
    });
    expect(statements).toHaveLength(1);
    const s = statements[0]!;
    expect(s).toMatchObject({
      slug: "release-all-jailed-for-speaking-out-2013",
      status: "PUBLISHED",
      kind: "JOINT_STATEMENT",
      datePrecision: "YEAR",
    });
    expect(s.publishedAt?.toISOString().slice(0, 10)).toBe("2013-01-01");
    expect(s.quotes.map((q) => q.speaker.name)).toEqual(SPEAKER_ORDER);
    expect(s.quotes.filter((q) => q.speaker.name === "Maria Dahle")).toHaveLength(2);
    expect(s.quotes[1]!.speaker).toMatchObject({ role: "Executive Director" });
    expect(s.quotes[1]!.speaker.organisation?.name).toBe("ARTICLE 19");
    // By organisations linked to the IPGA and the Solidarity Platform, which it does not name.
    expect(s.signatories).toEqual([]);
    // The document has no title: the one shown is descriptive, and marked so.
    expect(s.titleIsDescriptive).toBe(true);
    // The UN Special Rapporteurs spoke in their own statement, which this one reports.
    expect(s.quotes.filter((q) => q.reportedFromOwnStatement).map((q) => q.speaker.name)).toEqual([
      SPEAKER_ORDER[4],
      SPEAKER_ORDER[5],
    ]);
    expect(s.detainees).toHaveLength(5);
  });

  it.skipIf(!existsSync(STATEMENT_FILE))("carries the statement's text faithfully", async () => {
    const original = collapse(readFileSync(STATEMENT_FILE, "utf8"));
    const s = await prisma.statement.findFirstOrThrow({ include: { quotes: true } });
    for (const q of s.quotes) {
      expect(original, q.text).toContain(collapse(q.text));
    }
    // The body differs from the file only by markdown heading marks and line breaks.
    expect(collapse(s.body.replace(/^## /gm, ""))).toBe(original);
  });

  it("opens the petition with a versioned consent text, linked from the campaign", async () => {
    const campaign = await prisma.campaign.findUniqueOrThrow({
      where: { slug: "azerbaijan-2013" },
      include: { petition: { include: { consents: true } }, source: true },
    });
    expect(campaign.petition).toMatchObject({
      slug: "release-them",
      status: "OPEN",
      goal: 10000,
      targets: ["Government of the Republic of Azerbaijan"],
    });
    expect(campaign.petition?.consents.map((c) => c.version)).toEqual([1, 1, 1]);
    expect(campaign.source).not.toBeNull();
  });

  it("has the current consent notice in every language, each quoting its page's checkbox labels", async () => {
    const petition = await prisma.petition.findUniqueOrThrow({
      where: { slug: "release-them" },
      include: { consents: true },
    });
    const current = Math.max(...petition.consents.map((c) => c.version));
    const byLocale = new Map(petition.consents.filter((c) => c.version === current).map((c) => [c.locale, c.text]));
    expect([...byLocale.keys()].sort()).toEqual([...locales].sort());
    for (const locale of locales.filter((l) => l !== "en")) {
      const form = JSON.parse(
        readFileSync(path.resolve(import.meta.dirname, `../../messages/${locale}/petition.json`), "utf8"),
      ).form;
      // A signer ticks a box by its label: the notice must name that very box.
      expect(byLocale.get(locale), locale).toContain(`«${form.showPublicly}»`);
      expect(byLocale.get(locale), locale).toContain(`«${form.contactOptIn}»`);
      expect(byLocale.get(locale), locale).not.toBe(byLocale.get("en"));
    }
  });

  it("adds a missing language of the consent notice on the next run, leaving the others as they are", async () => {
    const petition = await prisma.petition.findUniqueOrThrow({ where: { slug: "release-them" }, select: { id: true } });
    // A database seeded before the notice was translated: only the English row.
    await prisma.consentText.deleteMany({ where: { petitionId: petition.id, locale: { not: "en" } } });
    await prisma.consentText.updateMany({
      where: { petitionId: petition.id, locale: "en" },
      data: { text: "Edited by staff" },
    });
    await seedCampaign(prisma);
    const rows = await prisma.consentText.findMany({ where: { petitionId: petition.id }, orderBy: { locale: "asc" } });
    expect(rows.map((r) => [r.version, r.locale])).toEqual([
      [1, "az"],
      [1, "en"],
      [1, "ru"],
    ]);
    expect(rows.find((r) => r.locale === "en")?.text).toBe("Edited by staff");
  });

  it("leaves staff edits alone when run again", async () => {
    await prisma.detainee.update({
      where: { slug: "zaur-gurbanli" },
      data: { occupation: "Edited by staff", published: false },
    });
    await seedCampaign(prisma);
    const d = await prisma.detainee.findUniqueOrThrow({ where: { slug: "zaur-gurbanli" } });
    expect(d.occupation).toBe("Edited by staff");
    expect(d.published).toBe(false);
  });

  it("corrects what the earlier seed wrote, where staff have not changed it since", async () => {
    const fresh = await snapshot(prisma);
    // A database seeded by the earlier version of the seed.
    const statement = await prisma.statement.findFirstOrThrow({ select: { id: true } });
    const notes = await prisma.source.findFirstOrThrow({ where: { publisher: "Free Voices" } });
    await prisma.source.updateMany({
      where: { publisher: { startsWith: "Organisations linked" } },
      data: { publisher: "International Partnership Group on Azerbaijan and Solidarity Platform" },
    });
    const bodies = await prisma.organisation.findMany({
      where: { slug: { in: ["international-partnership-group-on-azerbaijan", "solidarity-platform"] } },
    });
    await prisma.statementSignatory.createMany({
      data: bodies.map((b) => ({ statementId: statement.id, organisationId: b.id })),
    });
    await prisma.statement.update({ where: { id: statement.id }, data: { titleIsDescriptive: false } });
    await prisma.quote.updateMany({ data: { reportedFromOwnStatement: false } });
    const uzeyir = await prisma.detainee.findUniqueOrThrow({ where: { slug: "uzeyir-mammadov" } });
    const rashad = await prisma.detainee.findUniqueOrThrow({ where: { slug: "rashad-huseynov" } });
    await prisma.detaineeName.deleteMany({ where: { name: "Üzeyir Məmmədov" } });
    await prisma.detaineeName.create({
      data: { detaineeId: uzeyir.id, name: "Uzeyir Məmmədov", lang: "az", searchKey: "x", sourceId: notes.id },
    });
    await prisma.detaineeName.create({
      data: { detaineeId: rashad.id, name: "Rashad Hasanov", lang: "en", searchKey: "x", sourceId: notes.id },
    });
    await prisma.detaineeName.updateMany({
      where: { script: "CYRILLIC" },
      data: { isPrimary: false, transliteration: false, sourceId: notes.id },
    });
    // A quote staff edited since keeps what they wrote.
    const edited = await prisma.quote.findFirstOrThrow({ where: { position: 5 } });
    await prisma.quote.update({ where: { id: edited.id }, data: { text: "Edited by staff" } });

    await seedCampaign(prisma);
    await seedCampaign(prisma);

    const corrected = await snapshot(prisma);
    expect(corrected.quotes.find((q) => q.position === 5)).toMatchObject({
      text: "Edited by staff",
      reportedFromOwnStatement: false,
    });
    const unedited = (x: typeof fresh) => ({ ...x, quotes: x.quotes.filter((q) => q.position !== 5) });
    expect(unedited(corrected)).toEqual(unedited(fresh));
  });
});

/** What the corrections touch, in a comparable form (no generated ids or times). */
async function snapshot(prisma: PrismaClient) {
  return {
    sources: await prisma.source.findMany({ orderBy: { id: "asc" }, select: { id: true, publisher: true } }),
    signatories: await prisma.statementSignatory.count(),
    statements: await prisma.statement.findMany({ select: { slug: true, titleIsDescriptive: true } }),
    quotes: await prisma.quote.findMany({
      orderBy: { position: "asc" },
      select: { position: true, text: true, reportedFromOwnStatement: true },
    }),
    names: await prisma.detaineeName.findMany({
      orderBy: [{ detaineeId: "asc" }, { name: "asc" }],
      select: {
        detaineeId: true,
        name: true,
        lang: true,
        isPrimary: true,
        transliteration: true,
        sourceId: true,
        searchKey: true,
      },
    }),
    claims: await prisma.factClaim.findMany({
      orderBy: [{ detaineeId: "asc" }, { value: "asc" }],
      select: { detaineeId: true, value: true, sourceId: true },
    }),
    facts: await prisma.detaineeSource.findMany({
      orderBy: [{ detaineeId: "asc" }, { field: "asc" }, { sourceId: "asc" }],
      select: { detaineeId: true, field: true, sourceId: true, note: true },
    }),
  };
}
