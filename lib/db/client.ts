import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

// One client per process. Next's dev server reloads modules, so the instance is
// kept on globalThis to avoid opening a new pool on every reload.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }),
  });
}

export const db: PrismaClient = (globalForPrisma.prisma ??= createPrismaClient(
  process.env.DATABASE_URL ?? "postgresql://unset:unset@127.0.0.1:1/unset",
));
