import { randomBytes } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "./test-database";

/**
 * A fresh migrated database and the secrets the petition code needs, set in
 * process.env before any module that reads them is imported (import app modules
 * dynamically after this resolves).
 */
export async function petitionTestEnv(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  pointPetitionCodeAt(database.url);
  return database;
}

/** Points the petition code at `url` and sets the secrets it needs, once per process. */
export function pointPetitionCodeAt(url: string) {
  process.env.DATABASE_URL = url;
  process.env.SIGNATURE_PEPPER ||= randomBytes(32).toString("base64url");
  process.env.NEXTAUTH_SECRET ||= randomBytes(32).toString("base64url");
  process.env.DATA_ENCRYPTION_KEY ||= randomBytes(32).toString("hex");
}
