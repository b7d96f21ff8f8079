import pg from "pg";

// rate-limiter-flexible talks to PostgreSQL through a plain pg pool (not Prisma), on
// the shared `rate_limits` table, so limits hold across every app instance.
const globalForPool = globalThis as unknown as { rateLimitPool?: pg.Pool };

export function rateLimitPool(): pg.Pool {
  globalForPool.rateLimitPool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
  return globalForPool.rateLimitPool;
}
