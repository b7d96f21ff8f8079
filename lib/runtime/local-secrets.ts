import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const generated = {
  NEXTAUTH_SECRET: () => crypto.randomBytes(32).toString("base64url"),
  SIGNATURE_PEPPER: () => crypto.randomBytes(32).toString("base64url"),
  DATA_ENCRYPTION_KEY: () => crypto.randomBytes(32).toString("hex"),
} as const;

export type SecretName = keyof typeof generated;
export const secretNames = Object.keys(generated) as SecretName[];

/**
 * For the newcomer path: secrets not set in the environment are generated once and
 * kept in `<dataDir>/secrets.json` (mode 600), so a restart keeps sessions valid and
 * signature hashes comparable. Production sets them in the environment instead.
 */
export function loadOrCreateLocalSecrets(dataDir: string): Record<SecretName, string> {
  const file = path.join(dataDir, "secrets.json");
  const stored: Partial<Record<SecretName, string>> = fs.existsSync(file)
    ? JSON.parse(fs.readFileSync(file, "utf8"))
    : {};
  let changed = false;
  for (const name of secretNames) {
    if (!stored[name]) {
      stored[name] = generated[name]();
      changed = true;
    }
  }
  if (changed) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return stored as Record<SecretName, string>;
}
