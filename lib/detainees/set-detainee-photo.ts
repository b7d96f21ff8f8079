import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { resolveUploadPath, uploadsDir } from "@/lib/media/uploads-dir";

/** Stores an already cleaned photo under a new random name and points the profile at it. */
export async function setDetaineePhoto(staff: StaffSession, detaineeId: string, jpeg: Buffer) {
  const detainee = await db.detainee.findUnique({ where: { id: detaineeId }, select: { slug: true, published: true, photoPath: true } });
  if (!detainee) return null;
  const name = `${crypto.randomBytes(12).toString("hex")}.jpg`;
  const dir = path.join(uploadsDir(), "detainees");
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, name), jpeg, { mode: 0o640 });
  const photoPath = `/media/detainees/${name}`;
  await db.$transaction(async (tx) => {
    await tx.detainee.update({ where: { id: detaineeId }, data: { photoPath }, select: { id: true } });
    await recordAudit(tx, { actorId: staff.id, action: "update", entityType: "Detainee", entityId: detaineeId, changes: { photoPath: { from: detainee.photoPath, to: photoPath } } });
  });
  const old = detainee.photoPath?.startsWith("/media/") ? resolveUploadPath(detainee.photoPath.slice("/media/".length).split("/")) : null;
  if (old) await fs.rm(old, { force: true });
  return detainee;
}
