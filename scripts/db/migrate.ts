// `npm run db:migrate`: what `prisma migrate deploy` does, without the native engine.
// The bookkeeping is Prisma's own (_prisma_migrations, same checksums, same advisory
// lock), so a machine with the native engine can take over the same database.
import { createHash, randomUUID } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";

export const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");

// Prisma's key: two runners (ours or Prisma's) never migrate the same database at once.
const PRISMA_ADVISORY_LOCK = 72707369;

export type MigrationFile = { name: string; sql: string; checksum: string };

export type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
};

/** Prisma's checksum: sha256 of the file's bytes, lower-case hex. */
export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/** Migration directories in the order Prisma applies them (by name). */
export async function listMigrations(dir = migrationsDir): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8").catch(() => {
        throw new Error(`prisma/migrations/${name} has no migration.sql`);
      });
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

// Prisma's exact DDL, so Prisma's engine sees the table it expects.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Rows of _prisma_migrations, or [] when the table does not exist yet. */
export async function readAppliedRows(client: pg.ClientBase): Promise<AppliedRow[]> {
  const exists = await client.query<{ t: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS t`);
  if (!exists.rows[0]?.t) return [];
  const res = await client.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at, logs
       FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
  );
  return res.rows;
}

/**
 * Problems that make applying unsafe: failed or edited migrations, and migrations the
 * database has but this checkout does not (an older build against a newer database).
 */
export function historyProblems(files: MigrationFile[], rows: AppliedRow[]): string[] {
  const problems: string[] = [];
  const byName = new Map(files.map((f) => [f.name, f]));
  for (const row of rows.filter((r) => r.rolled_back_at === null)) {
    if (row.finished_at === null) {
      problems.push(
        `migration ${row.migration_name} is recorded as failed in _prisma_migrations; repair the database, then mark it ` +
          `rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${row.migration_name}' ` +
          `AND finished_at IS NULL) or use prisma migrate resolve on a machine with the native engine`,
      );
      continue;
    }
    const file = byName.get(row.migration_name);
    if (!file) {
      problems.push(`migration ${row.migration_name} is applied to the database but missing from prisma/migrations`);
    } else if (file.checksum !== row.checksum) {
      problems.push(
        `migration ${row.migration_name} was edited after it was applied (checksum ${row.checksum} in the database, ` +
          `${file.checksum} on disk); restore the file and put the change in a new migration`,
      );
    }
  }
  return problems;
}

export function pendingMigrations(files: MigrationFile[], rows: AppliedRow[]): MigrationFile[] {
  const applied = new Set(
    rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => r.migration_name),
  );
  return files.filter((f) => !applied.has(f.name));
}

/** Applies pending migrations; returns the names applied, in order. */
export async function applyMigrations(
  databaseUrl: string,
  log: (msg: string) => void = () => {},
  options: { migrationsDir?: string } = {},
): Promise<string[]> {
  const files = await listMigrations(options.migrationsDir);
  // One connection: PGlite serves one session at a time, and the advisory lock is per session.
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`SET lock_timeout = '10s'`);
    await client.query(`SELECT pg_advisory_lock($1)`, [PRISMA_ADVISORY_LOCK]).catch((err: Error) => {
      throw new Error(`could not take the migration lock within 10 s (is another migration running?): ${err.message}`);
    });
    await client.query(`SET lock_timeout = 0`);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const rows = await readAppliedRows(client);
      const problems = historyProblems(files, rows);
      if (problems.length > 0) throw new Error(`refusing to migrate:\n- ${problems.join("\n- ")}`);
      const applied: string[] = [];
      for (const m of pendingMigrations(files, rows)) {
        const started = Date.now();
        await applyOne(client, m);
        applied.push(m.name);
        log(`applied ${m.name} (${Date.now() - started} ms)`);
      }
      return applied;
    } finally {
      await client.query(`SELECT pg_advisory_unlock($1)`, [PRISMA_ADVISORY_LOCK]);
    }
  } finally {
    await client.end();
  }
}

// A failed migration rolls back entirely (PostgreSQL has transactional DDL), so unlike
// Prisma no "failed" row is left behind: fix the file and run again.
async function applyOne(client: pg.Client, m: MigrationFile): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, clock_timestamp(), 0)`,
      [randomUUID(), m.checksum, m.name],
    );
    // No parameters: the simple query protocol runs a multi-statement script.
    await client.query(m.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE migration_name = $1`,
      [m.name],
    );
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    const e = err as Error & { position?: string };
    const where = e.position ? ` at character ${e.position} of migration.sql` : "";
    throw new Error(`migration ${m.name} failed${where} and was rolled back: ${e.message}`, { cause: err });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set");
    process.exit(2);
  }
  applyMigrations(url, console.log).then(
    (names) => console.log(names.length ? `${names.length} migration(s) applied` : "database is up to date"),
    (err: Error) => {
      console.error(err.message);
      process.exitCode = 1;
    },
  );
}
