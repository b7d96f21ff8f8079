/**
 * Login limits on a real PostgreSQL (the shared `rate_limits` table): guessing from one
 * address blocks that address for that account, not the account's owner elsewhere, and
 * every block ends by itself.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hash } from "@node-rs/argon2";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

vi.mock("next/headers", async () => (await import("../support/next-request-mocks")).headersModule);

let database: TestDatabase;
let db: typeof import("@/lib/db/client").db;
let checkPassword: typeof import("@/lib/auth/check-password").checkPassword;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  ({ db } = await import("@/lib/db/client"));
  ({ checkPassword } = await import("@/lib/auth/check-password"));
  await db.staffUser.create({
    data: { email: "owner@limits.test", name: "Owner", passwordHash: await hash("the-right-password"), role: "EDITOR" },
  });
});

afterAll(async () => {
  const { rateLimitPool } = await import("@/lib/rate-limit/pg-pool");
  await rateLimitPool().end();
  await db?.$disconnect();
  await database?.drop();
});

describe("login limits", () => {
  it("block an address after five wrong passwords for an account, even with the right one", async () => {
    for (let i = 0; i < 5; i++)
      expect((await checkPassword("owner@limits.test", "guess", "203.0.113.9")).status).toBe("wrong");
    const blocked = await checkPassword("OWNER@limits.test", "the-right-password", "203.0.113.9");
    expect(blocked.status).toBe("blocked");
    expect(blocked.status === "blocked" && blocked.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it("do not lock the owner out from their own address", async () => {
    expect((await checkPassword("owner@limits.test", "the-right-password", "198.51.100.7")).status).toBe("ok");
  });

  it("block one address that tries many accounts", async () => {
    for (let i = 0; i < 30; i++) await checkPassword(`nobody${i}@limits.test`, "guess", "192.0.2.44");
    expect((await checkPassword("owner@limits.test", "the-right-password", "192.0.2.44")).status).toBe("blocked");
  });

  it("keep every block in the shared table, and every one expires", async () => {
    const rows = await db.rateLimit.findMany({
      where: { key: { startsWith: "login-" } },
      select: { key: true, expire: true },
    });
    expect(rows.length).toBeGreaterThan(0);
    const latest = Date.now() + 60 * 60 * 1000 + 5_000;
    for (const row of rows) {
      expect(row.expire, row.key).not.toBeNull();
      expect(Number(row.expire), row.key).toBeLessThanOrEqual(latest);
    }
  });

  it("say the same for an unknown account as for a wrong password", async () => {
    expect((await checkPassword("stranger@limits.test", "whatever", "198.51.100.8")).status).toBe("wrong");
  });
});
