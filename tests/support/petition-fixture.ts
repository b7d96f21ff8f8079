import type { PrismaClient } from "../../lib/db/generated/client";

/** A campaign with an open petition and consent text version 1, as the seed makes them. */
export async function createOpenPetition(db: PrismaClient) {
  const petition = await db.petition.create({
    data: { slug: `p-${Date.now()}`, title: "Free them", body: "Release them.", status: "OPEN", goal: 100 },
    select: { id: true },
  });
  await db.consentText.create({ data: { petitionId: petition.id, version: 1, text: "We store little." } });
  await db.campaign.create({
    data: { slug: `c-${Date.now()}`, headline: "H", callToAction: "C", summary: "S", petitionId: petition.id },
  });
  return petition;
}
