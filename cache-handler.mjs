/**
 * Next.js's page cache in PostgreSQL, shared by every app instance (CACHE_STORE=postgres;
 * next.config.js loads this file). See docs/decisions/010-shared-cache.md.
 *
 * Plain JavaScript beside next.config.js: Next loads it with Node at start-up, outside
 * the app's TypeScript bundle, so it reads DATABASE_URL itself (env() validated it).
 *
 * Freshness: `revalidatePath`/`revalidateTag` on any instance write the tag's time into
 * `next_cache_tags`; every read compares the entry's time with its tags' in the same
 * query, so the next visit to any instance renders afresh. Both times come from the
 * database's clock, so instances with skewed clocks still agree.
 *
 * Failure: the cache only holds rendered copies. If PostgreSQL is unreachable, a read is
 * a miss and a write is dropped; the page then fails or succeeds like any other page that
 * needs the database, and the reverse proxy serves its stale copy meanwhile.
 */
import pg from "pg";

const NOW_MS = "(extract(epoch from clock_timestamp()) * 1000)::bigint";
const TAGS_HEADER = "x-next-cache-tags";

/** One small pool per process: Next makes a handler object per request. */
let pool;
function getPool() {
  if (!pool) {
    pool = new pg.Pool({
      connectionString: process.env.DATABASE_URL,
      max: Number(process.env.CACHE_POOL_SIZE || 4),
      connectionTimeoutMillis: 2000,
      // A read that waits longer than a render would is worse than a miss.
      query_timeout: 2000,
    });
    // A database restart ends idle connections: the pool replaces them on next use.
    pool.on("error", () => {});
  }
  return pool;
}

function encode(value) {
  return JSON.stringify(value, function (key, plain) {
    const raw = this[key];
    if (Buffer.isBuffer(raw)) return { $b: raw.toString("base64") };
    if (raw instanceof Map) return { $m: [...raw] };
    return plain;
  });
}

function decode(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      if (typeof value.$b === "string") return Buffer.from(value.$b, "base64");
      if (Array.isArray(value.$m)) return new Map(value.$m);
    }
    return value;
  });
}

function tagsOf(data, ctx) {
  const header = data?.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === "string" ? header.split(",") : [];
  return [...new Set([...(ctx?.tags ?? []), ...fromHeader].filter(Boolean))];
}

let warned = false;
function warnOnce(action, error) {
  if (warned) return;
  warned = true;
  console.warn(
    `[cache] shared cache ${action} failed (${error.code ?? error.message}); serving without it until it answers`,
  );
}

export default class PostgresCacheHandler {
  async get(key, ctx) {
    try {
      const { rows } = await getPool().query(
        `SELECT e.value, e.last_modified,
                (SELECT max(t.revalidated_at) FROM next_cache_tags t
                  WHERE t.tag = ANY(e.tags || $2::text[])) AS tag_at
           FROM next_cache_entries e WHERE e.key = $1`,
        [key, ctx?.softTags ?? []],
      );
      warned = false;
      const row = rows[0];
      if (!row) return null;
      const lastModified = Number(row.last_modified);
      // Revalidated after this copy was made: a miss, so the visitor gets a fresh render.
      if (row.tag_at !== null && Number(row.tag_at) >= lastModified) return null;
      const entry = decode(row.value);
      return { lastModified, value: entry.value, cacheControl: entry.cacheControl };
    } catch (error) {
      warnOnce("read", error);
      return null;
    }
  }

  async set(key, data, ctx) {
    try {
      if (data === null) {
        await getPool().query(`DELETE FROM next_cache_entries WHERE key = $1`, [key]);
        return;
      }
      await getPool().query(
        `INSERT INTO next_cache_entries (key, value, tags, last_modified) VALUES ($1, $2, $3, ${NOW_MS})
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, tags = EXCLUDED.tags, last_modified = EXCLUDED.last_modified`,
        [key, encode({ value: data, cacheControl: ctx?.cacheControl }), tagsOf(data, ctx)],
      );
    } catch (error) {
      warnOnce("write", error);
    }
  }

  async revalidateTag(tags) {
    const list = (typeof tags === "string" ? [tags] : tags).filter(Boolean);
    if (list.length === 0) return;
    // Not swallowed: a staff save must not report success while other instances stay stale.
    await getPool().query(
      `INSERT INTO next_cache_tags (tag, revalidated_at) SELECT unnest($1::text[]), ${NOW_MS}
       ON CONFLICT (tag) DO UPDATE SET revalidated_at = EXCLUDED.revalidated_at`,
      [list],
    );
  }

  resetRequestCache() {}
}
