/**
 * An embargoed (scheduled) statement is nowhere public before its release time: not in
 * the list, the statement page's data, the home page's latest statements, a profile's
 * related statements, the JSON API, the sitemap or the feed. At its time the scheduler
 * publishes it once (however many instances run it) and refreshes the cached pages, so
 * it appears then, not at the next visit. The clock is the test's (vi.setSystemTime).
 */
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { testServerUrl, type TestDatabase } from "../support/test-database";
import { createAppTestDatabase } from "../support/app-test-database";

vi.mock("next/cache", async () => (await import("../support/next-request-mocks")).cacheModule);

const APP_URL = "http://localhost:3000";
const RELEASE = new Date("2031-03-01T09:00:00.000Z");
const TITLE = "Embargoed statement about Orkhan";
const SLUG = "embargoed-about-orkhan";

let database: TestDatabase;
let db: typeof import("@/lib/db/client").db;
let runStatementScheduler: typeof import("@/lib/statements/run-statement-scheduler").runStatementScheduler;
let statementId = "";
let personSlug = "";

/** Every public surface at the current (fake) time, as one text to search. */
async function publicSurfaces(): Promise<Record<string, string>> {
  const { getPublishedStatements } = await import("@/lib/statements/get-published-statements");
  const { getLatestStatements } = await import("@/lib/statements/get-latest-statements");
  const { countPublishedStatements } = await import("@/lib/statements/count-published-statements");
  const { getPublishedStatementBySlug } = await import("@/lib/statements/get-published-statement-by-slug");
  const { getPublishedDetaineeBySlug } = await import("@/lib/detainees/get-published-detainee-by-slug");
  const { getSitemapEntries } = await import("@/lib/site/get-sitemap-entries");
  const { buildPublicFeed } = await import("@/lib/feed/build-public-feed");
  const list = await import("@/app/api/v1/statements/route");
  const one = await import("@/app/api/v1/statements/[slug]/route");
  const api = (path: string) => new NextRequest(`${APP_URL}${path}`);
  return {
    list: JSON.stringify(await getPublishedStatements({ limit: 100 })),
    latest: JSON.stringify(await getLatestStatements(10)),
    count: String(await countPublishedStatements()),
    page: JSON.stringify(await getPublishedStatementBySlug(SLUG)),
    profile: JSON.stringify(await getPublishedDetaineeBySlug(personSlug)),
    sitemap: JSON.stringify(await getSitemapEntries()),
    feed: await buildPublicFeed({ locale: "en", siteName: "Free Voices", tagline: "Test" }),
    api: await (await list.GET(api("/api/v1/statements?limit=100"))).text(),
    apiOne: await (
      await one.GET(api(`/api/v1/statements/${SLUG}`), { params: Promise.resolve({ slug: SLUG }) })
    ).text(),
  };
}

function expectNowhere(surfaces: Record<string, string>) {
  for (const [name, text] of Object.entries(surfaces)) {
    expect(text, `${name} must not show the embargoed statement`).not.toContain(TITLE);
    expect(text, `${name} must not link the embargoed statement`).not.toContain(`/statements/${SLUG}`);
  }
  expect(surfaces.count).toBe("0");
}

beforeAll(async () => {
  database = await createAppTestDatabase(APP_URL);
  process.env.SIGNATURE_PEPPER ||= "test-pepper-for-the-embargo-test-0123456789";
  ({ db } = await import("@/lib/db/client"));
  ({ runStatementScheduler } = await import("@/lib/statements/run-statement-scheduler"));
  const person = await db.detainee.create({
    data: { slug: "orkhan-embargo", displayName: "Orkhan Embargo", status: "IN_DETENTION", published: true },
    select: { id: true, slug: true },
  });
  personSlug = person.slug;
  statementId = (
    await db.statement.create({
      data: {
        slug: SLUG,
        title: TITLE,
        body: "Released at nine.",
        status: "SCHEDULED",
        publishAt: RELEASE,
        publishedAt: RELEASE,
        detainees: { create: [{ detaineeId: person.id }] },
      },
      select: { id: true },
    })
  ).id;
  vi.useFakeTimers({ toFake: ["Date"] });
});

afterEach(() => {
  vi.setSystemTime(new Date());
});

afterAll(async () => {
  vi.useRealTimers();
  await db?.$disconnect();
  await database?.drop();
});

describe("an embargoed statement", () => {
  it("is nowhere public before its time, goes public at it through the scheduler, which refreshes the pages once", async () => {
    const refresh = vi.fn(async () => {});
    vi.setSystemTime(new Date(RELEASE.getTime() - 60_000));
    expect(await runStatementScheduler({ refresh })).toEqual([]);
    expectNowhere(await publicSurfaces());
    expect(refresh).not.toHaveBeenCalled();

    // The time has come but the scheduler has not run: still nowhere (status SCHEDULED).
    vi.setSystemTime(new Date(RELEASE.getTime() + 1_000));
    expectNowhere(await publicSurfaces());

    expect(await runStatementScheduler({ refresh })).toEqual([statementId]);
    expect(refresh).toHaveBeenCalledTimes(1);
    const surfaces = await publicSurfaces();
    for (const name of ["list", "latest", "page", "profile", "feed", "api", "apiOne"])
      expect(surfaces[name], name).toContain(TITLE);
    expect(surfaces.sitemap).toContain(`/statements/${SLUG}`);
    expect(surfaces.count).toBe("1");

    // Nothing new: no second refresh.
    await runStatementScheduler({ refresh });
    expect(refresh).toHaveBeenCalledTimes(1);
    const audit = await db.auditLog.findMany({
      where: { entityType: "Statement", entityId: statementId },
      select: { action: true, actorId: true },
    });
    expect(audit).toEqual([{ action: "publish-scheduled", actorId: null }]);
  });

  it("is published once when several instances run the scheduler at the same moment", async () => {
    const again = await db.statement.create({
      data: { slug: "second-embargo", title: "Second", body: "B", status: "SCHEDULED", publishAt: RELEASE },
      select: { id: true },
    });
    vi.setSystemTime(new Date(RELEASE.getTime() + 5_000));
    const { publishDueStatements } = await import("@/lib/statements/publish-due-statements");
    const results = await Promise.all([publishDueStatements(), publishDueStatements(), publishDueStatements()]);
    expect(results.flat()).toEqual([again.id]);
    expect(await db.auditLog.count({ where: { entityId: again.id, action: "publish-scheduled" } })).toBe(1);
  });

  // The embedded database runs one session at a time, so one instance holding a row
  // while another looks needs a real server (as in db-migrations.test.ts).
  it.runIf(testServerUrl)("skips a statement another instance is publishing, without waiting for it", async () => {
    const again = await db.statement.create({
      data: { slug: "held-embargo", title: "Held", body: "B", status: "SCHEDULED", publishAt: RELEASE },
      select: { id: true },
    });
    vi.setSystemTime(new Date(RELEASE.getTime() + 5_000));
    const { publishDueStatements } = await import("@/lib/statements/publish-due-statements");
    const { createPrismaClient } = await import("@/lib/db/create-prisma-client");
    const otherInstance = createPrismaClient(database.url);
    let release = () => {};
    let locked = () => {};
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holder = otherInstance.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT "id" FROM "Statement" WHERE "id" = ${again.id} FOR UPDATE`;
        locked();
        await new Promise<void>((resolve) => (release = resolve));
      },
      { maxWait: 30_000, timeout: 60_000 },
    );
    await lockTaken;
    const blocked = new Promise((resolve) => setTimeout(() => resolve("blocked"), 10_000).unref());
    expect(await Promise.race([publishDueStatements(), blocked])).toEqual([]);
    release();
    await holder;
    await otherInstance.$disconnect();
    expect(await publishDueStatements()).toEqual([again.id]);
  });

  it("refreshes an instance's pages when another instance published (or a published statement's time passed)", async () => {
    // A statement stored PUBLISHED with a future publishAt (as older versions did) goes
    // public by the clock alone: the instance still refreshes its cached pages then.
    const legacyRelease = new Date(RELEASE.getTime() + 3_600_000);
    await db.statement.create({
      data: { slug: "legacy-embargo", title: "Legacy", body: "B", status: "PUBLISHED", publishAt: legacyRelease },
      select: { id: true },
    });
    // The test above published "second-embargo" as another instance would: this
    // instance did not publish it, and still refreshes its own pages.
    const refresh = vi.fn(async () => {});
    vi.setSystemTime(new Date(legacyRelease.getTime() - 1_000));
    expect(await runStatementScheduler({ refresh })).toEqual([]);
    expect(refresh).toHaveBeenCalledTimes(1);
    refresh.mockClear();
    await runStatementScheduler({ refresh });
    expect(refresh).not.toHaveBeenCalled();
    const { getPublishedStatements } = await import("@/lib/statements/get-published-statements");
    const listed = async () => (await getPublishedStatements({ limit: 100 })).map((s) => s.slug);
    expect(await listed()).not.toContain("legacy-embargo");
    vi.setSystemTime(new Date(legacyRelease.getTime() + 1_000));
    expect(await runStatementScheduler({ refresh })).toEqual([]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(await listed()).toContain("legacy-embargo");
  });

  it("tries the refresh again on the next run when it failed", async () => {
    const later = new Date(RELEASE.getTime() + 7_200_000);
    await db.statement.create({
      data: { slug: "third-embargo", title: "Third", body: "B", status: "SCHEDULED", publishAt: later },
      select: { id: true },
    });
    vi.setSystemTime(new Date(later.getTime() + 1_000));
    const failing = vi.fn(async () => {
      throw new Error("server away");
    });
    await expect(runStatementScheduler({ refresh: failing })).rejects.toThrow("server away");
    const refresh = vi.fn(async () => {});
    await runStatementScheduler({ refresh });
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});
