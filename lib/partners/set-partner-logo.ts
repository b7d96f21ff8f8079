import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { resolveUploadPath, uploadsDir } from "@/lib/media/uploads-dir";
import { isRouteParam } from "@/lib/validation/text-fields";

/** Stores a cleaned logo under a new random name and points the partner at it (as set-detainee-photo does). */
export async function setPartnerLogo(staff: StaffSession, partnerId: string, png: Buffer): Promise<boolean> {
  assertStaff(staff);
  if (!isRouteParam(partnerId)) return false;
  const name = `${crypto.randomBytes(12).toString("hex")}.png`;
  const dir = path.join(uploadsDir(), "partners");
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, name), png, { mode: 0o640 });
  const logoPath = `/media/partners/${name}`;
  const before = await db.$transaction(async (tx) => {
    const partner = await tx.partner.findUnique({ where: { id: partnerId }, select: { logoPath: true } });
    if (!partner) return null;
    await tx.partner.update({ where: { id: partnerId }, data: { logoPath }, select: { id: true } });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "update",
      entityType: "Partner",
      entityId: partnerId,
      changes: { logoPath: { from: partner.logoPath, to: logoPath } },
    });
    return partner;
  });
  if (!before) {
    await fs.rm(path.join(dir, name), { force: true });
    return false;
  }
  const old = before.logoPath?.startsWith("/media/")
    ? resolveUploadPath(before.logoPath.slice("/media/".length).split("/"))
    : null;
  if (old) await fs.rm(old, { force: true });
  return true;
}
