import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export type AdminPartner = {
  id: string;
  code: string;
  name: string;
  url: string;
  origin: string;
  logoPath: string | null;
  countsLinkIssuedAt: Date | null;
};

/** Every partner, for the partners page (the link token's hash never leaves the database). */
export async function listPartnersForAdmin(staff: StaffSession): Promise<AdminPartner[]> {
  assertStaff(staff);
  return db.partner.findMany({
    select: { id: true, code: true, name: true, url: true, origin: true, logoPath: true, countsLinkIssuedAt: true },
    orderBy: { name: "asc" },
  });
}
