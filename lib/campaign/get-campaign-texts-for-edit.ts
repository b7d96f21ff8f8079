import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

/** The campaign shown on the home page and its petition, with their texts in every language, for the texts form. */
export async function getCampaignTextsForEdit(staff: StaffSession) {
  assertStaff(staff);
  return db.campaign.findFirst({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      headline: true,
      callToAction: true,
      summary: true,
      translations: true,
      version: true,
      petition: { select: { id: true, title: true, body: true, translations: true, version: true } },
    },
  });
}
