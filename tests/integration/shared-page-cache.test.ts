/**
 * cache-handler.mjs (CACHE_STORE=postgres) on a real PostgreSQL: what one instance stores,
 * another reads intact, and a revalidation on any instance is a miss on all of them.
 * The whole journey through two instances and nginx is in tests/scale/.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

type Handler = {
  get: (key: string, ctx?: { softTags?: string[] }) => Promise<{ lastModified: number; value: unknown } | null>;
  set: (key: string, data: unknown, ctx?: { tags?: string[]; cacheControl?: unknown }) => Promise<void>;
  revalidateTag: (tags: string | string[]) => Promise<void>;
};

let database: TestDatabase;
let Handler: new () => Handler;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  // @ts-expect-error plain JavaScript module loaded by Next, no type declarations
  Handler = (await import("../../cache-handler.mjs")).default;
});

afterAll(async () => {
  await database.drop();
});

async function untilDatabaseClockPasses(tag: string) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    for (;;) {
      const { rows } = await client.query<{ passed: boolean }>(
        `SELECT (extract(epoch from clock_timestamp()) * 1000)::bigint > revalidated_at AS passed
           FROM next_cache_tags WHERE tag = $1`,
        [tag],
      );
      if (rows[0]?.passed) return;
    }
  } finally {
    await client.end();
  }
}

const page = (html: string, tags = "_N_T_/layout,_N_T_/[locale]/detainees/[slug]/page") => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(`rsc:${html}`),
  segmentData: new Map([["/_tree", Buffer.from([0, 1, 2, 255])]]),
  headers: { "x-next-cache-tags": tags },
  status: 200,
});

describe("the shared page cache", () => {
  it("gives another instance the page exactly as stored, buffers and segment maps included", async () => {
    const key = `/en/detainees/a-${Date.now()}`;
    await new Handler().set(key, page("<p>Pre-trial detention</p>"), { cacheControl: { revalidate: 60 } });
    const entry = await new Handler().get(key);
    expect(entry?.value).toEqual(page("<p>Pre-trial detention</p>"));
    expect(Buffer.isBuffer((entry?.value as { rscData: unknown }).rscData)).toBe(true);
  });

  it("after a staff save (revalidatePath of the root layout) on any instance, every instance misses", async () => {
    const key = `/en/detainees/b-${Date.now()}`;
    await new Handler().set(key, page("<p>old status</p>"));
    expect(await new Handler().get(key)).not.toBeNull();
    await new Handler().revalidateTag(["_N_T_/layout"]);
    expect(await new Handler().get(key)).toBeNull();
    // The re-rendered copy, stored after the save, is served again. "After" is a later
    // millisecond on the database's clock: one stored in the same millisecond as the save
    // may have been rendered before it, so the handler counts it as stale (a miss).
    await untilDatabaseClockPasses("_N_T_/layout");
    await new Handler().set(key, page("<p>Released</p>"));
    expect(((await new Handler().get(key))?.value as { html: string }).html).toBe("<p>Released</p>");
  });

  it("honours tags Next passes at read time (soft tags) and leaves pages with other tags alone", async () => {
    const key = `/en/press-${Date.now()}`;
    await new Handler().set(key, page("<p>press</p>", "_N_T_/[locale]/press/page"));
    await new Handler().revalidateTag("_N_T_/[locale]/statements/page");
    expect(await new Handler().get(key)).not.toBeNull();
    await new Handler().revalidateTag("_N_T_/en/press");
    expect(await new Handler().get(key, { softTags: ["_N_T_/en/press"] })).toBeNull();
  });
});
