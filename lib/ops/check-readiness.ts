import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { pgPool } from "@/lib/db/pg-pool";
import { isDraining } from "@/lib/runtime/lifecycle";

export type Readiness =
  | { status: "ready" }
  | { status: "unavailable"; reason: "shutting-down" | "database-unreachable" | "migrations-pending" };

// A balancer may ask every second or two per instance: the database is asked at most
// once per CACHE_MS, and concurrent checks share one query.
const CACHE_MS = 2_000;
const QUERY_TIMEOUT_MS = 2_000;
let cached: { at: number; result: Promise<Readiness> } | undefined;
let migrationNames: Promise<string[]> | undefined;

/** Draining (shutdown begun), database reachable, every migration of this build applied. */
export async function checkReadiness(now = Date.now()): Promise<Readiness> {
  if (isDraining()) return { status: "unavailable", reason: "shutting-down" };
  if (!cached || now - cached.at >= CACHE_MS) cached = { at: now, result: checkDatabase() };
  return cached.result;
}

async function checkDatabase(): Promise<Readiness> {
  const expected = await (migrationNames ??= listMigrationNames());
  let applied: Set<string>;
  try {
    const { rows } = await withTimeout(
      pgPool().query<{ name: string }>(
        `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      ),
    );
    applied = new Set(rows.map((row) => row.name));
  } catch (error) {
    // No table yet: nothing was migrated. Anything else: the database is away.
    if ((error as { code?: string }).code === "42P01") return { status: "unavailable", reason: "migrations-pending" };
    return { status: "unavailable", reason: "database-unreachable" };
  }
  return expected.every((name) => applied.has(name))
    ? { status: "ready" }
    : { status: "unavailable", reason: "migrations-pending" };
}

// The build's migrations: the folders of prisma/migrations beside the running app (the
// server runs from the project's root). They cannot change while it runs.
async function listMigrationNames(): Promise<string[]> {
  const entries = await readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("readiness query timed out")), QUERY_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
