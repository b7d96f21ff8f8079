import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../config/env";
import { PrismaClient } from "./generated/client";

/**
 * A client on `connectionString`. Apart from lib/db/client.ts (the app's one client),
 * for the launcher, the staff CLI and tests, which import this file before
 * DATABASE_URL is known.
 */
export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: env().DATABASE_POOL_SIZE }),
  });
}
