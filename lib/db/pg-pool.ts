import "server-only";
import pg from "pg";
import { env } from "@/lib/config/env";

// A plain pg pool beside Prisma, for the few hot or lock-based paths that need one
// SQL statement and no ORM overhead: signing (one INSERT round trip), the shared
// rate limiter, the outbox and tally workers (advisory locks, SKIP LOCKED).
// Prisma keeps timestamps as UTC in "timestamp without time zone" columns: send and
// read them as UTC here too, whatever the server's or the process's time zone.
// SQL in this project writes the current time as timezone('UTC', now()).
pg.defaults.parseInputDatesAsUTC = true;
pg.types.setTypeParser(1114, (value: string) => new Date(`${value.replace(" ", "T")}Z`));

const globalForPool = globalThis as unknown as { pgPool?: pg.Pool };

export function pgPool(): pg.Pool {
  if (!globalForPool.pgPool) {
    const pool = new pg.Pool({
      connectionString: env().DATABASE_URL,
      max: env().DATABASE_POOL_SIZE,
      connectionTimeoutMillis: 5_000,
    });
    // A connection dropped by a database restart must not crash the process;
    // the next query gets a fresh connection.
    pool.on("error", () => {});
    globalForPool.pgPool = pool;
  }
  return globalForPool.pgPool;
}
