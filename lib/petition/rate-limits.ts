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
// (universities, mobile carriers, Tor exits). Signing never refuses over a limit
// (issue 11): past `soft` it asks for proof-of-work that grows with the count
// (requiredWorkCost) or marks the signature suspect. `hard` only refuses the
// one-at-a-time users of these buckets (the "see or erase my signature" mails).
// `recipient` counts those mails per address (a keyed hash of it).
export const LIMITS = {
  ip: { soft: 5, hard: 60, windowSeconds: 3600 },
  domain: { soft: 30, hard: 500, windowSeconds: 3600 },
  recipient: { soft: 3, hard: 20, windowSeconds: 3600 },
} as const;

// The buckets' key prefixes, shared by the library (one attempt at a time) and
// consumeLimits (many at once): both count in the same buckets.
const PREFIX = { ip: "sign-ip", domain: "sign-domain", recipient: "rights-recipient" } as const;
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

/** The verdicts of `consumeLimitCounts`, as the one-at-a-time limiter would give them. */
export async function consumeLimits(
  attempts: { kind: LimitKind; key: string }[],
  db: Queryable = pgPool(),
): Promise<LimitVerdict[]> {
  const counts = await consumeLimitCounts(attempts, db);
  return attempts.map(({ kind }, i) => verdictOf(kind, counts[i]!));
}

function verdictOf(kind: LimitKind, consumed: number): LimitVerdict {
  return consumed > LIMITS[kind].hard ? "refused" : consumed > LIMITS[kind].soft ? "risky" : "ok";
}

/**
 * Counts many attempts in one statement, for signing's group commit (see
 * decision 006): the library's upsert, made set-wise. Attempts on the same key
 * count in the order given, so each gets the count it would have had one by one.
 */
export async function consumeLimitCounts(
  attempts: { kind: LimitKind; key: string }[],
  db: Queryable = pgPool(),
): Promise<number[]> {
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
  return attempts.map((_attempt, i) => {
    const { bucket, rank } = positions[i]!;
    return totals.get(bucket)! - perBucket.get(bucket)!.attempts + rank;
  });
}

/** Signing attempts counted for `key` in the current window (0 when none): read-only, for the challenge route. */
export async function countedAttempts(kind: LimitKind, key: string, db: Queryable = pgPool()): Promise<number> {
  const { rows } = await db.query<{ points: number }>({
    text: `SELECT points FROM rate_limits WHERE key = $1 AND expire > $2`,
    values: [`${PREFIX[kind]}:${key}`, Date.now()],
  });
  return rows[0]?.points ?? 0;
}

// Escalating proof-of-work (issue 11): past the soft limit the cost doubles each time
// the count doubles, up to MAX_WORK_FACTOR times the base. A botnet that burns a Tor
// exit's budget makes its own next submissions dearer; a person behind that exit pays
// seconds, not a refusal.
export const MAX_WORK_FACTOR = 16;

/** How many times the base proof-of-work cost a submission with this count must prove (0: none). */
export function workFactorFor(kind: LimitKind, consumed: number): number {
  const { soft } = LIMITS[kind];
  if (consumed <= soft) return 0;
  return Math.min(MAX_WORK_FACTOR, 2 ** Math.floor(Math.log2(consumed / soft)));
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
