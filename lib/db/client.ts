import { env } from "../config/env";
import { createPrismaClient } from "./create-prisma-client";
import type { PrismaClient } from "./generated/client";

// One client per process. Next's dev server reloads modules, so the instance is
// kept on globalThis to avoid opening a new pool on every reload.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = (globalForPrisma.prisma ??= createPrismaClient(env().DATABASE_URL));
