import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pgPool } from "@/lib/db/pg-pool";

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

type Limiter = InstanceType<typeof RateLimiterPostgres>;
const globalForLimits = globalThis as unknown as { petitionLimiters?: Record<"ip" | "domain", Limiter> };

function limiters() {
  globalForLimits.petitionLimiters ??= {
    ip: make("sign-ip", LIMITS.ip),
    domain: make("sign-domain", LIMITS.domain),
  };
  return globalForLimits.petitionLimiters;
}

function make(keyPrefix: string, limit: { hard: number; windowSeconds: number }): Limiter {
  return new RateLimiterPostgres({
    storeClient: unnamedQueries(),
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix,
    points: limit.hard,
    duration: limit.windowSeconds,
  });
}

/**
 * The pool, minus prepared-statement names. rate-limiter-flexible names its
 * statements; pg 8.23 forgets a name after any error on that connection while the
 * server keeps it, and every later use fails with "prepared statement already
 * exists". Unnamed statements cost one parse each, and cannot fail that way.
 */
export function unnamedQueries() {
  return { query: (query: { text: string; values?: unknown[] }) => pgPool().query({ text: query.text, values: query.values }) };
}

export type LimitVerdict = "ok" | "risky" | "refused";

/** Counts one attempt against `key` and says whether it is within the limit, risky, or refused. */
export async function consumeLimit(kind: "ip" | "domain", key: string): Promise<LimitVerdict> {
  try {
    const res = await limiters()[kind].consume(key);
    return res.consumedPoints > LIMITS[kind].soft ? "risky" : "ok";
  } catch (error) {
    if (error instanceof RateLimiterRes) return "refused";
    throw error;
  }
}
