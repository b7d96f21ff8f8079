/**
 * Partners on a real PostgreSQL: the live counter image against a count made here from
 * the signatures, the embedded form's endpoint (accepted only from the partner's own
 * origin, attributing the signature), and the partner's private daily counts link.
 */
import crypto from "node:crypto";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { petitionTestEnv } from "../support/petition-env";
import { createOpenPetition } from "../support/petition-fixture";
import { staffSessionFor } from "../support/staff-session";
import type { TestDatabase } from "../support/test-database";

const APP_URL = "http://localhost:3999";
const PARTNER_ORIGIN = "http://partner.test:8080";
const OTHER_ORIGIN = "http://other.test:8080";

let database: TestDatabase;
let m: {
  db: typeof import("@/lib/db/client").db;
  pgPool: typeof import("@/lib/db/pg-pool").pgPool;
  runTally: typeof import("@/lib/petition/run-tally").runTally;
  svg: typeof import("@/app/(public)/[locale]/petition/counter.svg/route").GET;
  png: typeof import("@/app/(public)/[locale]/petition/counter.png/route").GET;
  sign: typeof import("@/app/api/v1/petition/sign/route").POST;
  savePartner: typeof import("@/lib/partners/save-partner").savePartner;
  links: typeof import("@/lib/partners/partner-counts-link");
  dailyCounts: typeof import("@/lib/partners/get-partner-daily-counts").getPartnerDailyCounts;
  partnerSchema: typeof import("@/lib/partners/partner-schema").partnerSchema;
};
let petitionId: string;
let staff: Awaited<ReturnType<typeof staffSessionFor>>;
const partners: Record<"a" | "b", string> = { a: "", b: "" };

beforeAll(async () => {
  database = await petitionTestEnv();
  process.env.APP_URL = APP_URL;
  m = {
    db: (await import("@/lib/db/client")).db,
    pgPool: (await import("@/lib/db/pg-pool")).pgPool,
    runTally: (await import("@/lib/petition/run-tally")).runTally,
    svg: (await import("@/app/(public)/[locale]/petition/counter.svg/route")).GET,
    png: (await import("@/app/(public)/[locale]/petition/counter.png/route")).GET,
    sign: (await import("@/app/api/v1/petition/sign/route")).POST,
    savePartner: (await import("@/lib/partners/save-partner")).savePartner,
    links: await import("@/lib/partners/partner-counts-link"),
    dailyCounts: (await import("@/lib/partners/get-partner-daily-counts")).getPartnerDailyCounts,
    partnerSchema: (await import("@/lib/partners/partner-schema")).partnerSchema,
  };
  petitionId = (await createOpenPetition(m.db)).id;
  const user = await m.db.staffUser.create({
    data: { email: "editor@partners.test", name: "Editor", passwordHash: "x", totpEnabledAt: new Date() },
    select: { id: true },
  });
  staff = await staffSessionFor(user.id);
  for (const [key, code, origin] of [
    ["a", "rights-group", PARTNER_ORIGIN],
    ["b", "other-group", OTHER_ORIGIN],
  ] as const) {
    const input = m.partnerSchema.parse({ code, name: `Partner ${key}`, url: `${origin}/about`, origin: "" });
    const saved = await m.db.$transaction((tx) => m.savePartner({ staff, tx }, input));
    if (saved.status !== "ok") throw new Error("partner not saved");
    partners[key] = saved.id;
  }
});

afterAll(async () => {
  await m?.pgPool().end();
  await m?.db.$disconnect();
  await database?.drop();
});

/** Signatures in every state the public count must tell apart. */
async function seedSignatures(
  rows: { status: "PENDING" | "CONFIRMED" | "INVALIDATED"; suspect?: boolean; country: string }[],
) {
  await m.db.signature.createMany({
    data: rows.map((row) => ({
      petitionId,
      emailHash: crypto.randomBytes(32),
      name: "Seeded",
      country: row.country,
      consentVersion: 1,
      status: row.status,
      suspect: row.suspect ?? false,
      confirmedAt: row.status === "PENDING" ? null : new Date(),
    })),
  });
}

/** The public count, computed here from the signatures rather than through the app's tallies. */
async function expectedCount(): Promise<number> {
  const { rows } = await m
    .pgPool()
    .query<{ n: string }>(
      `SELECT count(*) AS n FROM "Signature" WHERE "petitionId" = $1 AND "status" = 'CONFIRMED' AND NOT "suspect"`,
      [petitionId],
    );
  return Number(rows[0]!.n);
}

const counterRequest = (format: "svg" | "png", locale: string, query = "") =>
  (format === "svg" ? m.svg : m.png)(new Request(`${APP_URL}/petition/counter.${format}${query}`), {
    params: Promise.resolve({ locale }),
  });

describe("the live counter image", () => {
  beforeAll(async () => {
    await seedSignatures([
      ...Array.from({ length: 11 }, () => ({ status: "CONFIRMED" as const, country: "AZ" })),
      ...Array.from({ length: 3 }, () => ({ status: "CONFIRMED" as const, country: "GE" })),
      ...Array.from({ length: 2 }, () => ({ status: "CONFIRMED" as const, suspect: true, country: "AZ" })),
      ...Array.from({ length: 4 }, () => ({ status: "PENDING" as const, country: "AZ" })),
      ...Array.from({ length: 2 }, () => ({ status: "INVALIDATED" as const, country: "RU" })),
    ]);
    await m.runTally();
  });

  it("shows the confirmed, valid count and the goal, cacheable for a minute, with no cookie and no script", async () => {
    const expected = await expectedCount();
    expect(expected).toBe(14);
    const response = await counterRequest("svg", "en");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(response.headers.get("set-cookie")).toBeNull();
    const svg = await response.text();
    expect(svg).toContain(`>${expected} signatures<`);
    expect(svg).toContain(">Goal: 100<");
    expect(svg).not.toMatch(/<script|href=|on\w+=/i);
  });

  it("speaks the requested language, by path or by ?lang=", async () => {
    const expected = await expectedCount();
    const russian = await (await counterRequest("svg", "ru")).text();
    expect(russian).toContain(`>${expected} подписей<`);
    expect(russian).toContain(">Цель: 100<");
    const azerbaijani = await (await counterRequest("svg", "en", "?lang=az")).text();
    expect(azerbaijani).toContain(`>${expected} imza<`);
    expect(azerbaijani).toContain(">Hədəf: 100<");
  });

  it("refuses an unknown language with a field error, not a 500", async () => {
    const response = await counterRequest("svg", "en", "?lang=fr");
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain("lang");
  });

  it("draws the PNG from the same SVG", async () => {
    const response = await counterRequest("png", "az");
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect(meta.format).toBe("png");
    expect([meta.width, meta.height]).toEqual([640, 192]);
  });
});

function embedPost(fields: Record<string, string>, headers: Record<string, string>) {
  return m.sign(
    new Request(`${APP_URL}/api/v1/petition/sign`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}

const embedFields = (email: string, partner = "rights-group") => ({
  partner,
  locale: "az",
  consentVersion: "1",
  consentLocale: "az",
  name: "Embedded Signer",
  email,
  country: "AZ",
  website: "",
});

const signatureOf = (email: string) =>
  m.db.signature
    .findMany({
      where: { name: "Embedded Signer", petitionId },
      select: { partnerId: true, locale: true, emailHash: true },
    })
    .then((rows) => ({ rows, email }));

describe("the embedded sign form", () => {
  it("accepts a post from the partner's own origin, records the partner and lands on our page", async () => {
    const response = await embedPost(embedFields("embedded@example.org"), {
      origin: PARTNER_ORIGIN,
      "sec-fetch-site": "cross-site",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/az/petition/with/rights-group/sent");
    const { rows } = await signatureOf("embedded@example.org");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.partnerId).toBe(partners.a);
    expect(rows[0]!.locale).toBe("az");
  });

  it("refuses another site, a missing origin, and a partner's form posted from another partner's site", async () => {
    const before = await m.db.signature.count();
    for (const [fields, headers] of [
      [embedFields("evil@example.org"), { origin: "http://evil.test", "sec-fetch-site": "cross-site" }],
      [embedFields("noorigin@example.org"), {}],
      [embedFields("swapped@example.org"), { origin: OTHER_ORIGIN, "sec-fetch-site": "cross-site" }],
      [embedFields("unknown@example.org", "no-such-partner"), { origin: PARTNER_ORIGIN }],
    ] as const) {
      const response = await embedPost(fields, headers);
      expect(response.status).toBe(403);
      expect(await response.text()).toContain("tərəfdaşı olmayan saytdan");
    }
    expect(await m.db.signature.count()).toBe(before);
  });

  it("refuses an oversized post with a 413 page, storing nothing", async () => {
    const before = await m.db.signature.count();
    const response = await embedPost(
      { ...embedFields("large@example.org"), name: "x".repeat(40_000) },
      { origin: PARTNER_ORIGIN },
    );
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("too large to be a signature");
    expect(await m.db.signature.count()).toBe(before);
  });

  it("sends a form that needs correcting to our page, storing nothing", async () => {
    const before = await m.db.signature.count();
    const response = await embedPost(
      { ...embedFields("not-an-address"), locale: "en" },
      { origin: PARTNER_ORIGIN, "sec-fetch-site": "cross-site" },
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/petition/with/rights-group/fix");
    const outdated = await embedPost(
      { ...embedFields("outdated@example.org"), consentVersion: "7" },
      { origin: PARTNER_ORIGIN },
    );
    expect(outdated.headers.get("location")).toBe("/az/petition/with/rights-group/consent");
    expect(await m.db.signature.count()).toBe(before);
  });
});

describe("the partner's private counts link", () => {
  it("shows the partner's own confirmed signatures by day, and nothing once revoked", async () => {
    const token = await m.db.$transaction((tx) => m.links.issuePartnerCountsLink({ staff, tx }, partners.a));
    const stored = await m.db.partner.findUniqueOrThrow({
      where: { id: partners.a },
      select: { countsTokenHash: true },
    });
    expect(Buffer.from(stored.countsTokenHash!).toString("base64url")).not.toBe(token);

    const before = await m.dailyCounts(token);
    expect(before).toMatchObject({ name: "Partner a", total: 0, days: [] });
    await m.db.signature.updateMany({
      where: { partnerId: partners.a },
      data: { status: "CONFIRMED", confirmedAt: new Date() },
    });
    const today = new Date().toISOString().slice(0, 10);
    const after = await m.dailyCounts(token);
    expect(after).toEqual({ name: "Partner a", total: 1, days: [{ day: today, confirmed: 1 }] });
    expect(JSON.stringify(after)).not.toContain("Embedded Signer");
    expect(await m.dailyCounts(crypto.randomBytes(32).toString("base64url"))).toBeNull();

    await m.db.$transaction((tx) => m.links.revokePartnerCountsLink({ staff, tx }, partners.a));
    expect(await m.dailyCounts(token)).toBeNull();
  });

  it("audits issuing and revoking without writing the link", async () => {
    const audits = await m.db.auditLog.findMany({
      where: { entityType: "Partner", entityId: partners.a },
      select: { action: true, changes: true },
      orderBy: { at: "asc" },
    });
    expect(audits.map((audit) => audit.action)).toEqual(["create", "issue-counts-link", "revoke-counts-link"]);
  });
});

describe("partner fields", () => {
  it("refuses a bad code, a non-web address and an origin with a path, field by field", () => {
    const result = m.partnerSchema.safeParse({ code: "Bad Code", name: "", url: "javascript:alert(1)", origin: "" });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
    expect(fields).toEqual(expect.arrayContaining(["code:codeInvalid", "name:nameRequired", "url:urlInvalid"]));
    const origin = m.partnerSchema.safeParse({
      code: "ok",
      name: "Ok",
      url: "https://ok.example",
      origin: "https://ok.example/embed",
    });
    expect(origin.error?.issues.map((issue) => issue.message)).toEqual(["originInvalid"]);
    const defaulted = m.partnerSchema.parse({
      code: "ok",
      name: "Ok",
      url: "https://OK.example:443/about",
      origin: "",
    });
    expect(defaulted.origin).toBe("https://ok.example");
  });
});

describe("partner codes and logos", () => {
  it("refuses a code another partner holds, writing nothing", async () => {
    const before = await m.db.auditLog.count();
    const input = m.partnerSchema.parse({ code: "rights-group", name: "Impostor", url: "https://impostor.example" });
    const outcome = await m.db.$transaction((tx) => m.savePartner({ staff, tx }, input));
    expect(outcome).toEqual({ status: "code-taken" });
    expect(await m.db.partner.count({ where: { name: "Impostor" } })).toBe(0);
    expect(await m.db.auditLog.count()).toBe(before);
  });

  it("turns an uploaded logo into a small PNG without its metadata, and refuses what is not an image", async () => {
    const { processLogo } = await import("@/lib/media/process-logo");
    const jpeg = await sharp({ create: { width: 1600, height: 400, channels: 3, background: "#0f766e" } })
      .jpeg()
      .withExif({ IFD0: { Copyright: "Partner HQ", ImageDescription: "taken at 40.4093N 49.8671E" } })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const logo = await processLogo(jpeg);
    if (logo.status !== "ok") throw new Error(logo.status);
    const meta = await sharp(logo.png).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(["png", 400, 100, undefined]);
    expect(await processLogo(Buffer.from("<svg onload=alert(1)></svg>"))).toEqual({ status: "not-an-image" });
  });
});
