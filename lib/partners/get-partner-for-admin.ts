import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isRouteParam } from "@/lib/validation/text-fields";
import type { AdminPartner } from "./list-partners-for-admin";

/** One partner for its admin page, or null. */
export async function getPartnerForAdmin(staff: StaffSession, id: string): Promise<AdminPartner | null> {
  assertStaff(staff);
  if (!isRouteParam(id)) return null;
  return db.partner.findUnique({
    where: { id },
    select: { id: true, code: true, name: true, url: true, origin: true, logoPath: true, countsLinkIssuedAt: true },
  });
}
