import "server-only";
import { db } from "@/lib/db/client";

export type PublicPartner = { code: string; name: string; url: string; logoPath: string | null };

/** The partners the petition page lists when staff chose to show them: public fields only. */
export async function listPublicPartners(): Promise<PublicPartner[]> {
  return db.partner.findMany({
    select: { code: true, name: true, url: true, logoPath: true },
    orderBy: { name: "asc" },
  });
}
