import fs from "node:fs";
import path from "node:path";

export const SETUP_LINK_FILE = "first-admin-setup-link.txt";

/**
 * Writes the first admin's one-time link where only this system user can read it
 * (0600 in a 0700 folder), instead of a log that a hosting panel, a log shipper or a
 * support ticket may copy. Returns the file's path.
 */
export function writeSetupLink(dataDir: string, link: string, expiresAt: Date): string {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, SETUP_LINK_FILE);
  fs.rmSync(file, { force: true });
  fs.writeFileSync(
    file,
    `${link}\n\nOpen it once to choose the first administrator's password and set up an authenticator app.\nValid until ${expiresAt.toISOString()}. Delete this file once used.\n`,
    { mode: 0o600, flag: "wx" },
  );
  return file;
}
