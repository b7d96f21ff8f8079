import { createPrismaClient } from "../../lib/db/create-prisma-client";

/** Direct database access for tests: set up records and check what the app stored. */
export const testDb = createPrismaClient(process.env.E2E_DATABASE_URL ?? "");
