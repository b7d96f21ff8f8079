import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { campaignPetitionId } from "./campaign-petition";
import { RECIPIENT_CONDITIONS, RECIPIENT_LOCALE } from "./recipients";

export type RecipientCounts = { en: number; az: number; ru: number; total: number };

/** How many signers a message would go to now, per language: shown before staff confirm. */
export async function countCampaignRecipients(staff: StaffSession): Promise<RecipientCounts> {
  assertStaff(staff);
  const counts: RecipientCounts = { en: 0, az: 0, ru: 0, total: 0 };
  const petitionId = await campaignPetitionId();
  if (!petitionId) return counts;
  const rows = await db.$queryRawUnsafe<{ locale: "en" | "az" | "ru"; count: bigint }[]>(
    `SELECT ${RECIPIENT_LOCALE("s")} AS locale, count(*) AS count FROM "Signature" s
      WHERE s."petitionId" = $1 AND ${RECIPIENT_CONDITIONS("s")} GROUP BY 1`,
    petitionId,
  );
  for (const row of rows) {
    counts[row.locale] = Number(row.count);
    counts.total += Number(row.count);
  }
  return counts;
}
