import type { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { rateLimitPool } from "./pg-pool";

export type LimiterOptions = {
  keyPrefix: string;
  points: number;
  duration: number;
  blockDuration?: number;
  /** Where to count: the small pool kept for sign-in limits unless a hot path (signing) passes the app's main pool. */
  pool?: () => Pool;
};

// Kept on globalThis so Next's dev reloads reuse the limiters instead of making new ones.
const globalForLimiters = globalThis as unknown as { rateLimiters?: Map<string, RateLimiterPostgres> };

/**
 * The pool, minus prepared-statement names. rate-limiter-flexible names its
 * statements; pg 8.23 forgets a name after any error on that connection while the
 * server keeps it, and every later use fails with "prepared statement already
 * exists". Unnamed statements cost one parse each, and cannot fail that way.
 */
function unnamedQueries(pool: () => Pool) {
  return {
    query: (query: { text: string; values?: unknown[] }) => pool().query({ text: query.text, values: query.values }),
  };
}

/** One limiter per key prefix, all in the `rate_limits` table created by the migrations (shared by every app instance). */
export function postgresLimiter({ pool = rateLimitPool, ...options }: LimiterOptions): RateLimiterPostgres {
  const limiters = (globalForLimiters.rateLimiters ??= new Map());
  let limiter = limiters.get(options.keyPrefix);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: unnamedQueries(pool),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      clearExpiredByTimeout: false,
      ...options,
    });
    limiters.set(options.keyPrefix, limiter);
  }
  return limiter;
}

/** Seconds until the key may try again, or 0 when it is not limited. */
export async function secondsBlocked(limiter: RateLimiterPostgres, key: string): Promise<number> {
  const res = await limiter.get(key);
  if (res && res.consumedPoints >= limiter.points) return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  return 0;
}

/** Counts one point; never throws for "limit reached" (that is the caller's business). */
export async function countAttempt(limiter: RateLimiterPostgres, key: string): Promise<void> {
  await limiter.consume(key).catch((error: unknown) => {
    if (!(error instanceof RateLimiterRes)) throw error;
  });
}

/** Counts one point and says whether it was within the limit; false once it is reached (a one-time token seen before). */
export async function consumeOnce(limiter: RateLimiterPostgres, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}
