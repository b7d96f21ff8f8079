import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { resolveUploadPath, uploadsDir } from "@/lib/media/uploads-dir";
import { isRouteParam } from "@/lib/validation/text-fields";

/**
 * Stores an already cleaned photo under a new random name and points the profile at it.
 * The old path is read in the transaction that writes the new one and its audit row.
 */
export async function setDetaineePhoto(staff: StaffSession, detaineeId: string, jpeg: Buffer) {
  assertStaff(staff);
  if (!isRouteParam(detaineeId)) return null;
  const name = `${crypto.randomBytes(12).toString("hex")}.jpg`;
  const dir = path.join(uploadsDir(), "detainees");
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, name), jpeg, { mode: 0o640 });
  const photoPath = `/media/detainees/${name}`;
  const detainee = await db.$transaction(async (tx) => {
    const before = await tx.detainee.findUnique({
      where: { id: detaineeId },
      select: { slug: true, published: true, photoPath: true },
    });
    if (!before) return null;
    await tx.detainee.update({ where: { id: detaineeId }, data: { photoPath }, select: { id: true } });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "update",
      entityType: "Detainee",
      entityId: detaineeId,
      changes: { photoPath: { from: before.photoPath, to: photoPath } },
    });
    return before;
  });
  if (!detainee) {
    await fs.rm(path.join(dir, name), { force: true });
    return null;
  }
  const old = detainee.photoPath?.startsWith("/media/")
    ? resolveUploadPath(detainee.photoPath.slice("/media/".length).split("/"))
    : null;
  if (old) await fs.rm(old, { force: true });
  return detainee;
}
