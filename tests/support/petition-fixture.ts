import type { PrismaClient } from "../../lib/db/generated/client";

/** A campaign with an open petition and consent text version 1 in every language, as the seed makes them. */
export async function createOpenPetition(db: PrismaClient) {
  const petition = await db.petition.create({
    data: { slug: `p-${Date.now()}`, title: "Free them", body: "Release them.", status: "OPEN", goal: 100 },
    select: { id: true },
  });
  await db.consentText.createMany({
    data: [
      { petitionId: petition.id, version: 1, locale: "en", text: "We store little." },
      { petitionId: petition.id, version: 1, locale: "az", text: "Az məlumat saxlayırıq." },
      { petitionId: petition.id, version: 1, locale: "ru", text: "Мы храним мало данных." },
    ],
  });
  await db.campaign.create({
    data: { slug: `c-${Date.now()}`, headline: "H", callToAction: "C", summary: "S", petitionId: petition.id },
  });
  return petition;
}
