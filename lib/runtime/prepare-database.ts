import path from "node:path";
import { applyMigrations } from "../../scripts/db/migrate";
import { seedCampaign } from "../../prisma/seed";
import { createPrismaClient } from "../db/create-prisma-client";
import { createFirstAdminIfNone, createFirstAdminSetupIfNone } from "../staff/create-first-admin";
import { env } from "../config/env";
import { SETUP_LINK_FILE, writeSetupLink } from "./write-setup-link";

/**
 * How the first admin gets in. "password": the embedded newcomer path, whose console is
 * the newcomer's own (the launcher prints email and password). "setup-link": the
 * production path (DATABASE_URL given), where logs travel: a one-time link, written to
 * a 0600 file under DATA_DIR and printed nowhere.
 */
export type FirstAdminMode = "password" | "setup-link";

export type FirstAdmin = { email: string; password: string } | null;

/**
 * Brings a database to a usable state: migrations applied, the campaign seeded when
 * the database has none, and a first admin when there is no staff. Safe to run on
 * every start and from several instances at once (migrations take an advisory lock,
 * the seed is idempotent).
 */
export async function prepareDatabase(
  databaseUrl: string,
  log: (message: string) => void,
  firstAdminMode: FirstAdminMode = "password",
): Promise<FirstAdmin> {
  const applied = await applyMigrations(databaseUrl, log);
  if (applied.length === 0) log("database schema is up to date");
  const prisma = createPrismaClient(databaseUrl);
  try {
    if ((await prisma.campaign.count()) === 0) {
      log("seeding the campaign from shared/seeds");
      await seedCampaign(prisma);
    }
    if (firstAdminMode === "password") return await createFirstAdminIfNone(prisma, env().FIRST_ADMIN_EMAIL);
    const setup = await createFirstAdminSetupIfNone(prisma, env().FIRST_ADMIN_EMAIL);
    const file = path.join(path.resolve(env().DATA_DIR), SETUP_LINK_FILE);
    if (setup?.status === "issued") {
      const link = new URL(`/admin/invite/${setup.token}`, env().APP_URL).toString();
      log(
        `No staff account yet. A one-time setup link for ${setup.email} is in ${writeSetupLink(path.resolve(env().DATA_DIR), link, setup.expiresAt)}`,
      );
      log(`(readable by this system user only, valid until ${setup.expiresAt.toISOString()}).`);
    } else if (setup?.status === "pending") {
      log(
        `No staff account yet. The setup link for ${setup.email} in ${file} is valid until ${setup.expiresAt.toISOString()}.`,
      );
    }
    return null;
  } finally {
    await prisma.$disconnect();
  }
}
