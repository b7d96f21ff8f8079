import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { rateLimitPool } from "./pg-pool";

export type LimiterOptions = { keyPrefix: string; points: number; duration: number; blockDuration?: number };

const limiters = new Map<string, RateLimiterPostgres>();

// The library names its prepared statements; several limiters on one table then race
// to prepare the same name on a pooled connection ("prepared statement already
// exists"). Plain parameterised queries avoid that at a negligible cost.
const unnamedQueries = {
  query: (q: { text: string; values?: unknown[] }) => rateLimitPool().query({ text: q.text, values: q.values }),
};

/** One limiter per prefix, all in the `rate_limits` table created by the migrations. */
export function postgresLimiter(options: LimiterOptions): RateLimiterPostgres {
  let limiter = limiters.get(options.keyPrefix);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: unnamedQueries,
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
