import { applyMigrations } from "../../scripts/db/migrate";
import { seedCampaign } from "../../prisma/seed";
import { createPrismaClient } from "../db/create-prisma-client";
import { createFirstAdminIfNone } from "../staff/create-first-admin";
import { env } from "../config/env";

/**
 * Brings a database to a usable state: migrations applied, the campaign seeded when
 * the database has none, and a first admin when there is no staff. Safe to run on
 * every start and from several instances at once (migrations take an advisory lock,
 * the seed is idempotent).
 */
export async function prepareDatabase(databaseUrl: string, log: (message: string) => void) {
  const applied = await applyMigrations(databaseUrl, log);
  if (applied.length === 0) log("database schema is up to date");
  const prisma = createPrismaClient(databaseUrl);
  try {
    if ((await prisma.campaign.count()) === 0) {
      log("seeding the campaign from shared/seeds");
      await seedCampaign(prisma);
    }
    return await createFirstAdminIfNone(prisma, env().FIRST_ADMIN_EMAIL);
  } finally {
    await prisma.$disconnect();
  }
}
