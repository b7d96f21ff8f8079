/**
 * The one rate-limiter factory on a real PostgreSQL (the shared `rate_limits` table):
 * a one-time token counts once, and limiters with the same prefix share one bucket.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let limiterModule: typeof import("@/lib/rate-limit/postgres-limiter");

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  limiterModule = await import("@/lib/rate-limit/postgres-limiter");
});

afterAll(async () => {
  const { rateLimitPool } = await import("@/lib/rate-limit/pg-pool");
  await rateLimitPool().end();
  await database?.drop();
});

describe("postgresLimiter", () => {
  it("accepts a one-time token once, then refuses it", async () => {
    const { consumeOnce, postgresLimiter } = limiterModule;
    const used = postgresLimiter({ keyPrefix: "test-once", points: 1, duration: 60 });
    expect(await consumeOnce(used, "nonce-1")).toBe(true);
    expect(await consumeOnce(used, "nonce-1")).toBe(false);
    expect(await consumeOnce(used, "nonce-2")).toBe(true);
  });

  it("counts a prefix in one bucket wherever it is asked for, and reports the wait", async () => {
    const { countAttempt, postgresLimiter, secondsBlocked } = limiterModule;
    const options = { keyPrefix: "test-shared", points: 2, duration: 600 };
    await countAttempt(postgresLimiter(options), "203.0.113.1");
    await countAttempt(postgresLimiter(options), "203.0.113.1");
    const wait = await secondsBlocked(postgresLimiter(options), "203.0.113.1");
    expect(wait).toBeGreaterThan(500);
    expect(wait).toBeLessThanOrEqual(600);
    expect(await secondsBlocked(postgresLimiter(options), "203.0.113.2")).toBe(0);
  });
});
