import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

/** The campaign's petition and whether its page lists the partners, or null before there is a petition. */
export async function getPartnerListSetting(
  staff: StaffSession,
): Promise<{ petitionId: string; showPartners: boolean } | null> {
  assertStaff(staff);
  const campaign = await db.campaign.findFirst({
    orderBy: { createdAt: "asc" },
    select: { petition: { select: { id: true, showPartners: true } } },
  });
  return campaign?.petition ? { petitionId: campaign.petition.id, showPartners: campaign.petition.showPartners } : null;
}
