import pg from "pg";
import { env } from "@/lib/config/env";

// rate-limiter-flexible talks to PostgreSQL through a plain pg pool (not Prisma), on
// the shared `rate_limits` table, so limits hold across every app instance.
const globalForPool = globalThis as unknown as { rateLimitPool?: pg.Pool };

export function rateLimitPool(): pg.Pool {
  globalForPool.rateLimitPool ??= new pg.Pool({ connectionString: env().DATABASE_URL, max: 3 });
  return globalForPool.rateLimitPool;
}
