import "server-only";
import type pg from "pg";
import type { PrismaClient } from "./generated/client";

// The two pools as lib/db/client.ts and lib/db/pg-pool.ts keep them; read here without
// creating them, so a process that never used one does not open it just to close it.
const pools = globalThis as unknown as { prisma?: PrismaClient; pgPool?: pg.Pool };

/** Closes this process's database connections (at shutdown, after the last query). */
export async function closeDatabasePools() {
  const { prisma, pgPool } = pools;
  pools.pgPool = undefined;
  await Promise.all([prisma?.$disconnect(), pgPool?.end()]);
}
