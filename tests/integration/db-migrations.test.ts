/**
 * The offline migration tooling against a real PostgreSQL server (TEST_DATABASE_URL or
 * DATABASE_URL): every test makes its own uniquely named databases and drops them,
 * so runs by several people on one server do not collide.
 */
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { checkDrift } from "../../scripts/db/check-drift";
import { applyMigrations, migrationsDir } from "../../scripts/db/migrate";
import { diffMigrationsToSchema } from "../../scripts/db/schema-engine";
import { createTestDatabase, testServerUrl, type TestDatabase } from "../support/test-database";

const created: TestDatabase[] = [];
const tempDirs: string[] = [];

async function query<R extends pg.QueryResultRow = pg.QueryResultRow>(url: string, sql: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function freshDatabase(): Promise<string> {
  const database = await createTestDatabase({ migrate: false });
  created.push(database);
  return database.url;
}

async function migratedDatabase(): Promise<string> {
  const url = await freshDatabase();
  await applyMigrations(url);
  return url;
}

/** A copy of prisma/migrations plus extra migrations, so tests never touch the shared tree. */
async function migrationsWith(extra: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "fv-migrations-"));
  tempDirs.push(dir);
  await cp(migrationsDir, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function committedMigrations(): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

afterAll(async () => {
  for (const database of created) await database.drop();
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
});

describe("offline migrations on the test PostgreSQL", () => {
  it("has committed migrations that match schema.prisma (empty WASM diff)", async () => {
    expect(await committedMigrations()).not.toHaveLength(0);
    expect(await diffMigrationsToSchema()).toBe("");
  });

  it("applies every migration to an empty database, and a second run is a no-op", async () => {
    const url = await freshDatabase();
    expect(await applyMigrations(url)).toEqual(await committedMigrations());
    expect(await applyMigrations(url)).toEqual([]);
    const tables = await query<{ n: number }>(
      url,
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename = 'Detainee'`,
    );
    expect(tables[0]?.n).toBe(1);
  });

  it("records each migration in _prisma_migrations as Prisma's migrate deploy does", async () => {
    const url = await migratedDatabase();
    const rows = await query<{
      id: string;
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      applied_steps_count: number;
      logs: string | null;
    }>(url, `SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
    const names = await committedMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = await readFile(path.join(migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
    }
    const columns = await query<{ column_name: string; data_type: string; is_nullable: string }>(
      url,
      `SELECT column_name, data_type, is_nullable FROM information_schema.columns
        WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => `${c.column_name} ${c.data_type} ${c.is_nullable}`)).toEqual([
      "id character varying NO",
      "checksum character varying NO",
      "finished_at timestamp with time zone YES",
      "migration_name character varying NO",
      "logs text YES",
      "rolled_back_at timestamp with time zone YES",
      "started_at timestamp with time zone NO",
      "applied_steps_count integer NO",
    ]);
  });

  // PGlite serves every connection from one backend session, so advisory locks do not
  // exclude one connection from another there; the embedded database has one owner
  // process (the launcher) and never runs two migrations at once. Real servers only.
  it.runIf(testServerUrl)("lets only one of two concurrent runs apply (Prisma's advisory lock)", async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    expect([...a, ...b]).toEqual(await committedMigrations());
  });

  it("refuses when an applied migration was edited", async () => {
    const url = await migratedDatabase();
    await query(url, `UPDATE "_prisma_migrations" SET checksum = repeat('0', 64)`);
    await expect(applyMigrations(url)).rejects.toThrow(/was edited after it was applied/);
  });

  it("refuses when a failed migration is recorded", async () => {
    const url = await migratedDatabase();
    await query(
      url,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs)
       VALUES ('00000000-0000-4000-8000-000000000000', repeat('1', 64), '29990101000000_broken', 'boom')`,
    );
    await expect(applyMigrations(url)).rejects.toThrow(/29990101000000_broken is recorded as failed/);
  });

  it("rolls a failing migration back entirely and records nothing for it", async () => {
    const url = await migratedDatabase();
    const dir = await migrationsWith({
      "29990101000000_bad": `ALTER TABLE "Detainee" ADD COLUMN "half" INTEGER;\nSELECT no_such_function();\n`,
    });
    await expect(applyMigrations(url, undefined, { migrationsDir: dir })).rejects.toThrow(
      /29990101000000_bad failed .*rolled back/,
    );
    const half = await query(url, `SELECT 1 FROM information_schema.columns WHERE column_name = 'half'`);
    expect(half).toHaveLength(0);
    const rows = await query(url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29990101000000_bad'`);
    expect(rows).toHaveLength(0);
  });

  it("finds no drift on a freshly migrated database", async () => {
    const url = await migratedDatabase();
    expect(await checkDrift(url)).toEqual({ ok: true, problems: [] });
  });

  it("names a column someone added to the live database", async () => {
    const url = await migratedDatabase();
    await query(url, `ALTER TABLE "Detainee" ADD COLUMN x int`);
    const result = await checkDrift(url);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(["not in the migrations: column Detainee.x (integer NULL)"]);
  });

  it("names an index someone dropped and a default someone changed", async () => {
    const url = await migratedDatabase();
    await query(url, `DROP INDEX "Signature_createdAt_idx"; ALTER TABLE "Petition" ALTER COLUMN goal SET DEFAULT 5`);
    const { ok, problems } = await checkDrift(url);
    expect(ok).toBe(false);
    expect(problems).toHaveLength(2);
    expect(problems.join("\n")).toMatch(/missing in the database: index Signature_createdAt_idx/);
    expect(problems.join("\n")).toMatch(/differs: column Petition\.goal: database has .*DEFAULT 5/);
  });

  it("reports a migration that is not applied, and migrations that no longer match the schema", async () => {
    const url = await migratedDatabase();
    const dir = await migrationsWith({
      "29990101000000_extra": `ALTER TABLE "Detainee" ADD COLUMN "extra" INTEGER;\n`,
    });
    const { ok, problems } = await checkDrift(url, { migrationsDir: dir });
    expect(ok).toBe(false);
    expect(problems).toContain("migration 29990101000000_extra is not applied to the database: run npm run db:migrate");
    expect(problems).toContain("missing in the database: column Detainee.extra (integer NULL)");
    expect(
      problems.some((p) => p.startsWith("schema.prisma has changes without a migration: run npm run db:new")),
    ).toBe(true);
  });

  it("reports a migration applied to the database whose file is missing", async () => {
    const url = await freshDatabase();
    const dir = await migrationsWith({
      "29990101000000_extra": `ALTER TABLE "Detainee" ADD COLUMN "extra" INTEGER;\n`,
    });
    await applyMigrations(url, undefined, { migrationsDir: dir });
    const { ok, problems } = await checkDrift(url);
    expect(ok).toBe(false);
    expect(problems).toContain(
      "migration 29990101000000_extra is applied to the database but missing from prisma/migrations",
    );
    expect(problems).toContain("not in the migrations: column Detainee.extra (integer NULL)");
  });
});

describe("offline migrations on PGlite served by pglite-socket", () => {
  it("applies once, is a no-op the second time, and finds no drift", async () => {
    const db = await PGlite.create();
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0 });
    await server.start();
    try {
      const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
      expect(await applyMigrations(url)).toEqual(await committedMigrations());
      expect(await applyMigrations(url)).toEqual([]);
      expect(await checkDrift(url)).toEqual({ ok: true, problems: [] });
    } finally {
      await server.stop();
      await db.close();
    }
  });
});
