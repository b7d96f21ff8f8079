/**
 * `npm run staff -- create --email ... --role ADMIN`: manage staff accounts from the
 * command line. Uses DATABASE_URL, or the embedded database in DATA_DIR (stop the app
 * first: only one process can open the embedded database).
 */
import path from "node:path";
import { config as loadDotenv } from "dotenv";
import { createPrismaClient } from "../lib/db/create-prisma-client";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded";
import { runStaffCommand } from "../lib/staff/staff-cli";
import { applyMigrations } from "./db/migrate";

const root = path.resolve(import.meta.dirname, "..");
loadDotenv({ path: path.join(root, ".env"), quiet: true });

async function main() {
  let embedded: EmbeddedDatabase | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dataDir = path.resolve(root, process.env.DATA_DIR ?? ".data");
    embedded = await startEmbeddedDatabase({
      dataDir: path.join(dataDir, "pglite"),
      port: Number(process.env.EMBEDDED_DB_PORT ?? 54329),
    });
    url = embedded.url;
  }
  await applyMigrations(url, () => {});
  const prisma = createPrismaClient(url);
  try {
    const result = await runStaffCommand(prisma, process.argv.slice(2));
    (result.ok ? console.log : console.error)(result.message);
    process.exitCode = result.ok ? 0 : 1;
  } finally {
    await prisma.$disconnect();
    await embedded?.stop();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
