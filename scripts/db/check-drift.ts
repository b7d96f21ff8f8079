// `npm run db:check` (run it in CI): catches a schema change without a migration, and a
// live database changed by hand or missing migrations.
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import pg from "pg";
import { applyMigrations, historyProblems, listMigrations, pendingMigrations, readAppliedRows } from "./migrate";
import { diffMigrationsToSchema } from "./schema-engine";

export type DriftOptions = { migrationsDir?: string; schemaPath?: string };

/** Catalog of schema public as "kind name" -> definition, comparable across databases. */
type Catalog = Map<string, string>;

// Definitions come from PostgreSQL's own deparsers, so equal objects print equally.
const CATALOG_QUERIES: { kind: string; sql: string }[] = [
  {
    kind: "table",
    sql: `SELECT c.relname AS name, c.relkind::text AS def FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind IN ('r','p','v','m','f') AND c.relname <> '_prisma_migrations'`,
  },
  {
    kind: "column",
    sql: `SELECT c.relname || '.' || a.attname AS name,
                 format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE ' NULL' END
                 || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
                 || CASE WHEN a.attidentity <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END
                 || CASE WHEN a.attgenerated <> '' THEN ' GENERATED' ELSE '' END AS def
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
           WHERE n.nspname = 'public' AND c.relkind IN ('r','p','v','m','f') AND c.relname <> '_prisma_migrations'
             AND a.attnum > 0 AND NOT a.attisdropped`,
  },
  {
    kind: "constraint",
    sql: `SELECT c.relname || '.' || k.conname AS name, pg_get_constraintdef(k.oid) AS def
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relname <> '_prisma_migrations'`,
  },
  {
    kind: "index",
    sql: `SELECT indexname AS name, indexdef AS def FROM pg_indexes
           WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  },
  {
    kind: "enum",
    sql: `SELECT t.typname AS name, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS def
            FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
           WHERE n.nspname = 'public' GROUP BY t.typname`,
  },
  {
    kind: "sequence",
    sql: `SELECT c.relname AS name, 'sequence' AS def FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind = 'S'`,
  },
  {
    kind: "trigger",
    sql: `SELECT c.relname || '.' || t.tgname AS name, pg_get_triggerdef(t.oid) AS def
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND NOT t.tgisinternal`,
  },
  {
    kind: "function",
    sql: `SELECT p.oid::regprocedure::text AS name, md5(pg_get_functiondef(p.oid)) AS def
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'public' AND p.prokind IN ('f','p')
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
  },
];

async function readCatalog(client: pg.ClientBase): Promise<Catalog> {
  const catalog: Catalog = new Map();
  for (const q of CATALOG_QUERIES) {
    const res = await client.query<{ name: string; def: string }>(q.sql);
    for (const row of res.rows) catalog.set(`${q.kind} ${row.name}`, row.def);
  }
  return catalog;
}

export function compareCatalogs(live: Catalog, expected: Catalog): string[] {
  const problems: string[] = [];
  for (const [key, def] of expected) {
    const got = live.get(key);
    if (got === undefined) problems.push(`missing in the database: ${key} (${def})`);
    else if (got !== def) problems.push(`differs: ${key}: database has "${got}", migrations give "${def}"`);
  }
  for (const [key, def] of live) {
    if (!expected.has(key)) problems.push(`not in the migrations: ${key} (${def})`);
  }
  return problems.sort();
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Catalog of a throwaway database built from the migrations alone. */
async function expectedCatalog(liveUrl: string, options: DriftOptions): Promise<Catalog> {
  // Same server when we can: the catalog's text form can change between PostgreSQL versions.
  const isPglite = await withClient(liveUrl, async (c) => {
    const v = await c.query<{ v: string }>("SELECT version() AS v");
    return /pglite|emscripten|wasm32/i.test(v.rows[0]?.v ?? "");
  });
  if (!isPglite) {
    const name = `fv_drift_${randomBytes(6).toString("hex")}`;
    const created = await withClient(liveUrl, (c) => c.query(`CREATE DATABASE "${name}"`)).then(
      () => true,
      () => false,
    );
    if (created) {
      const url = new URL(liveUrl);
      url.pathname = `/${name}`;
      try {
        await applyMigrations(url.toString(), undefined, options);
        return await withClient(url.toString(), readCatalog);
      } finally {
        await withClient(liveUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      }
    }
  }
  // No right to create databases (or PGlite, which serves one database): an in-memory PGlite.
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0 });
  await server.start();
  try {
    const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
    await applyMigrations(url, undefined, options);
    return await withClient(url, readCatalog);
  } finally {
    await server.stop();
    await db.close();
  }
}

export async function checkDrift(
  databaseUrl: string,
  options: DriftOptions = {},
): Promise<{ ok: boolean; problems: string[] }> {
  const problems: string[] = [];
  const diff = await diffMigrationsToSchema(options);
  if (diff) {
    const firstChanges = diff
      .split("\n")
      .filter((l) => l.startsWith("-- "))
      .slice(0, 5)
      .join(", ");
    problems.push(`schema.prisma has changes without a migration: run npm run db:new -- <name> (${firstChanges})`);
  }
  const files = await listMigrations(options.migrationsDir);
  const live = await withClient(databaseUrl, async (c) => {
    const rows = await readAppliedRows(c);
    problems.push(...historyProblems(files, rows));
    for (const m of pendingMigrations(files, rows)) {
      problems.push(`migration ${m.name} is not applied to the database: run npm run db:migrate`);
    }
    return readCatalog(c);
  });
  problems.push(...compareCatalogs(live, await expectedCatalog(databaseUrl, options)));
  return { ok: problems.length === 0, problems };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.env.DATABASE_URL;
  const started = Date.now();
  // Exit explicitly: the WASM engine leaves timers behind that would keep Node alive.
  if (!url) {
    console.error("DATABASE_URL is not set");
    process.exit(2);
  }
  checkDrift(url).then(
    ({ ok, problems }) => {
      const took = `(${((Date.now() - started) / 1000).toFixed(1)} s)`;
      if (ok) console.log(`no drift ${took}`);
      else {
        // An empty or foreign database would otherwise print every column it lacks.
        const shown = problems.slice(0, 40);
        const more = problems.length > shown.length ? `\n... and ${problems.length - shown.length} more` : "";
        console.error(`drift found ${took}:\n- ${shown.join("\n- ")}${more}`);
      }
      process.exit(ok ? 0 : 1);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(2);
    },
  );
}
