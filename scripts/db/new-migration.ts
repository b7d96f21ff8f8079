// `npm run db:new -- <name>`: what `prisma migrate dev --create-only` does, without the
// native engine. The SQL is reviewed and committed like any other code.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { diffMigrationsToSchema, migrationLockToml, migrationsDir } from "./schema-engine";

function timestamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

async function main(): Promise<number> {
  const raw = process.argv.slice(2).join("_");
  // Same normalisation as Prisma, so names look alike on machines using either tool.
  const name = raw
    .trim()
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (!name) {
    console.error("usage: npm run db:new -- <name>");
    return 2;
  }
  const started = Date.now();
  const sql = await diffMigrationsToSchema();
  if (!sql) {
    console.log("no changes: prisma/schema.prisma matches prisma/migrations");
    return 0;
  }
  const dir = path.join(migrationsDir, `${timestamp()}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql, "utf8");
  await writeFile(path.join(migrationsDir, "migration_lock.toml"), migrationLockToml, "utf8");
  console.log(
    `wrote ${path.relative(process.cwd(), dir)}/migration.sql (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return 0;
}

// Exit explicitly: the WASM engine leaves timers behind that would keep Node alive.
main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
