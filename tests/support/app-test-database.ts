import crypto from "node:crypto";
import { createTestDatabase, type TestDatabase } from "./test-database";

/**
 * A database of the test's own, and the configuration the app's server code reads
 * (env()): its URL, the site's address and fresh secrets. Call it before importing
 * anything that reaches lib/db/client.
 */
export async function createAppTestDatabase(appUrl: string): Promise<TestDatabase> {
  const database = await createTestDatabase();
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    APP_URL: appUrl,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    DATA_ENCRYPTION_KEY: crypto.randomBytes(32).toString("hex"),
  });
  return database;
}
