/**
 * What load balancers and operators read: readiness (draining, database, migrations)
 * and the Prometheus metrics behind their token, on a real PostgreSQL.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { petitionTestEnv } from "../support/petition-env";
import { createOpenPetition } from "../support/petition-fixture";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let m: {
  db: typeof import("@/lib/db/client").db;
  pgPool: typeof import("@/lib/db/pg-pool").pgPool;
  checkReadiness: typeof import("@/lib/ops/check-readiness").checkReadiness;
  readMetrics: typeof import("@/lib/ops/read-metrics").readMetrics;
  signPetition: typeof import("@/lib/petition/sign-petition").signPetition;
  lifecycle: typeof import("@/lib/runtime/lifecycle");
};
const token = "metrics-token-0123456789abcdef0123456789";
// Each readiness check below is a fresh look: far enough apart to skip the short cache.
let clock = 0;
const later = () => (clock += 60_000);

beforeAll(async () => {
  database = await petitionTestEnv();
  process.env.APP_URL = "http://localhost:3999";
  m = {
    db: (await import("@/lib/db/client")).db,
    pgPool: (await import("@/lib/db/pg-pool")).pgPool,
    checkReadiness: (await import("@/lib/ops/check-readiness")).checkReadiness,
    readMetrics: (await import("@/lib/ops/read-metrics")).readMetrics,
    signPetition: (await import("@/lib/petition/sign-petition")).signPetition,
    lifecycle: await import("@/lib/runtime/lifecycle"),
  };
  await createOpenPetition(m.db);
});

afterAll(async () => {
  delete process.env.METRICS_TOKEN;
  await m?.pgPool().end();
  await m?.db.$disconnect();
  await database?.drop();
});

async function withRawClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe("readiness", () => {
  it("is ready on a migrated database", async () => {
    expect(await m.checkReadiness(later())).toEqual({ status: "ready" });
  });

  it("is not ready while a migration of this build is missing from the database", async () => {
    const [{ name }] = (
      await withRawClient((c) =>
        c.query(`SELECT migration_name AS name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`),
      )
    ).rows;
    await withRawClient((c) =>
      c.query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = $1`, [name]),
    );
    try {
      expect(await m.checkReadiness(later())).toEqual({ status: "unavailable", reason: "migrations-pending" });
    } finally {
      await withRawClient((c) =>
        c.query(`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE migration_name = $1`, [name]),
      );
    }
    expect(await m.checkReadiness(later())).toEqual({ status: "ready" });
  });

  it("answers not ready, not an error, on a database that has never been migrated", async () => {
    const empty = await createTestDatabase({ migrate: false });
    const previous = process.env.DATABASE_URL;
    const globalPool = globalThis as unknown as { pgPool?: pg.Pool };
    const pool = globalPool.pgPool;
    globalPool.pgPool = undefined;
    process.env.DATABASE_URL = empty.url;
    try {
      expect(await m.checkReadiness(later())).toEqual({ status: "unavailable", reason: "migrations-pending" });
    } finally {
      // The pool the check opened on the empty database (TypeScript cannot see that it did).
      await (globalPool.pgPool as pg.Pool | undefined)?.end();
      globalPool.pgPool = pool;
      process.env.DATABASE_URL = previous;
      await empty.drop();
    }
  });

  it("turns unavailable as soon as shutdown begins, before the database is asked", async () => {
    m.lifecycle.beginDraining();
    try {
      expect(await m.checkReadiness(later())).toEqual({ status: "unavailable", reason: "shutting-down" });
    } finally {
      const state = (globalThis as Record<symbol, { draining: boolean }>)[Symbol.for("free-voices.lifecycle")]!;
      state.draining = false;
    }
  });
});

describe("metrics", () => {
  it("is off (not found) when no METRICS_TOKEN is configured", async () => {
    delete process.env.METRICS_TOKEN;
    expect(await m.readMetrics(`Bearer ${token}`)).toEqual({ status: "off" });
  });

  it("refuses a scraper without the token or with a wrong one", async () => {
    process.env.METRICS_TOKEN = token;
    for (const header of [null, "", token, `Bearer ${token}x`, `Bearer ${token.slice(0, -1)}`, `Basic ${token}`]) {
      expect(await m.readMetrics(header)).toEqual({ status: "refused" });
    }
  });

  it("gives the token holder Prometheus text in which accepted signatures and the outbox backlog grow", async () => {
    process.env.METRICS_TOKEN = token;
    const before = await scrape();
    await m.signPetition(
      { name: "Metric Signer", email: "metric.signer@example.org", country: "AZ", consentVersion: "1" },
      { ip: "203.0.113.200", locale: "en" },
    );
    await m.signPetition(
      { name: "", email: "not an email", country: "AZ", consentVersion: "1" },
      { ip: "203.0.113.201", locale: "en" },
    );
    const after = await scrape();
    expect(after.get('freevoices_signatures_total{outcome="accepted"}')).toBe(
      (before.get('freevoices_signatures_total{outcome="accepted"}') ?? 0) + 1,
    );
    expect(after.get('freevoices_signatures_total{outcome="invalid"}')).toBe(
      (before.get('freevoices_signatures_total{outcome="invalid"}') ?? 0) + 1,
    );
    // The confirmation mail waits in the outbox (no worker runs here).
    expect(after.get("freevoices_outbox_backlog")).toBe((before.get("freevoices_outbox_backlog") ?? 0) + 1);
    expect(after.has("freevoices_process_resident_memory_bytes")).toBe(true);
  });
});

/** Scrapes with the token and parses the exposition format strictly: every sample line must parse. */
async function scrape(): Promise<Map<string, number>> {
  const result = await m.readMetrics(`Bearer ${token}`);
  if (result.status !== "ok") throw new Error(`scrape refused: ${result.status}`);
  expect(result.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
  const samples = new Map<string, number>();
  for (const line of result.text.split("\n")) {
    if (line === "" || line.startsWith("# HELP ") || line.startsWith("# TYPE ")) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})?) (\S+)$/.exec(
      line,
    );
    expect(match, `unparseable line: ${line}`).not.toBeNull();
    samples.set(match![1]!, Number(match![2]));
  }
  return samples;
}
