import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import type { ClientBase } from "pg";
import { pgPool } from "@/lib/db/pg-pool";
import { postgresLimiter } from "@/lib/rate-limit/postgres-limiter";

/** A pool or one connection (inside a transaction). */
type Queryable = Pick<ClientBase, "query">;

// Limits live in PostgreSQL (the rate_limits table), so they hold across every app
// instance. One bucket per key and window; a "soft" threshold inside the hard one
// marks a submission as risky (proof-of-work or review) before refusing it outright.
// The per-IP numbers follow UK Parliament petitions' defaults (about 5 per 5 minutes)
// but escalate instead of refusing, because many honest signers share an address
// (universities, mobile carriers, Tor exits).
export const LIMITS = {
  ip: { soft: 5, hard: 60, windowSeconds: 3600 },
  domain: { soft: 30, hard: 500, windowSeconds: 3600 },
} as const;

// The buckets' key prefixes, shared by the library (one attempt at a time) and
// consumeLimits (many at once): both count in the same buckets.
const PREFIX = { ip: "sign-ip", domain: "sign-domain" } as const;
export type LimitKind = keyof typeof PREFIX;

// Signing is the hot path: its limiters count in the app's main pool.
const limiter = (kind: LimitKind) =>
  postgresLimiter({
    keyPrefix: PREFIX[kind],
    points: LIMITS[kind].hard,
    duration: LIMITS[kind].windowSeconds,
    pool: pgPool,
  });

export type LimitVerdict = "ok" | "risky" | "refused";

/** Counts one attempt against `key` and says whether it is within the limit, risky, or refused. */
export async function consumeLimit(kind: LimitKind, key: string): Promise<LimitVerdict> {
  try {
    const res = await limiter(kind).consume(key);
    return res.consumedPoints > LIMITS[kind].soft ? "risky" : "ok";
  } catch (error) {
    if (error instanceof RateLimiterRes) return "refused";
    throw error;
  }
}

/**
 * Counts many attempts in one statement, for signing's group commit (see
 * decision 006): the library's upsert, made set-wise. Attempts on the same key
 * count in the order given, so the verdicts are those of consuming one by one.
 */
export async function consumeLimits(
  attempts: { kind: LimitKind; key: string }[],
  db: Queryable = pgPool(),
): Promise<LimitVerdict[]> {
  if (attempts.length === 0) return [];
  const perBucket = new Map<string, { kind: LimitKind; attempts: number }>();
  const positions = attempts.map(({ kind, key }) => {
    const bucket = `${PREFIX[kind]}:${key}`;
    const entry = perBucket.get(bucket) ?? { kind, attempts: 0 };
    entry.attempts++;
    perBucket.set(bucket, entry);
    return { bucket, rank: entry.attempts };
  });
  // Every writer locks buckets in the same (sorted) order, so two batches cannot deadlock.
  const buckets = [...perBucket.keys()].sort();
  const now = Date.now();
  const { rows } = await db.query<{ key: string; points: number }>({
    text: CONSUME_MANY_SQL,
    values: [
      buckets,
      buckets.map((bucket) => perBucket.get(bucket)!.attempts),
      buckets.map((bucket) => now + LIMITS[perBucket.get(bucket)!.kind].windowSeconds * 1000),
      now,
    ],
  });
  const totals = new Map(rows.map((row) => [row.key, row.points]));
  return attempts.map(({ kind }, i) => {
    const { bucket, rank } = positions[i]!;
    const consumed = totals.get(bucket)! - perBucket.get(bucket)!.attempts + rank;
    return consumed > LIMITS[kind].hard ? "refused" : consumed > LIMITS[kind].soft ? "risky" : "ok";
  });
}

// rate-limiter-flexible's upsert (RateLimiterPostgres._upsert) over arrays: an
// expired bucket starts again, a live one adds up.
const CONSUME_MANY_SQL = `
INSERT INTO rate_limits (key, points, expire)
SELECT key, points, expire FROM unnest($1::varchar[], $2::int[], $3::bigint[]) AS attempt(key, points, expire)
ON CONFLICT (key) DO UPDATE SET
  points = CASE WHEN rate_limits.expire <= $4 THEN EXCLUDED.points ELSE rate_limits.points + EXCLUDED.points END,
  expire = CASE WHEN rate_limits.expire <= $4 THEN EXCLUDED.expire ELSE rate_limits.expire END
RETURNING key, points`;
