import "server-only";
import type { Tx } from "@/lib/actions/staff-action";
import { db } from "@/lib/db/client";

/** The petition whose signers campaign mail goes to: the first campaign's, as on the home page. */
export async function campaignPetitionId(client: Tx | typeof db = db): Promise<string | null> {
  const campaign = await client.campaign.findFirst({ orderBy: { createdAt: "asc" }, select: { petitionId: true } });
  return campaign?.petitionId ?? null;
}
