import "server-only";
import fs from "node:fs";
import path from "node:path";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { zipName } from "./build-mirror";
import { mirrorDir } from "./mirror-dir";

export type LatestMirror = { madeAt: Date; zipPath: string; bytes: number };

/** The latest mirror's zip for staff to download, or null before the first one is built. */
export function getLatestMirror(staff: StaffSession): LatestMirror | null {
  assertStaff(staff);
  const dir = path.join(mirrorDir(), "latest");
  const zipPath = path.join(dir, zipName);
  try {
    const madeAt = new Date(fs.readFileSync(path.join(dir, "made-at.txt"), "utf8").trim());
    return { madeAt, zipPath, bytes: fs.statSync(zipPath).size };
  } catch {
    return null;
  }
}
