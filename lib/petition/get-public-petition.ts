import "server-only";
import { db } from "@/lib/db/client";

/** The campaign's petition as the public page shows it, with the current consent text. */
export async function getPublicPetition() {
  const campaign = await db.campaign.findFirst({
    orderBy: { createdAt: "asc" },
    select: {
      petition: {
        select: {
          id: true,
          slug: true,
          title: true,
          body: true,
          targets: true,
          goal: true,
          status: true,
          translations: true,
          consents: { orderBy: { version: "desc" }, take: 1, select: { version: true, text: true, translations: true } },
        },
      },
    },
  });
  return campaign?.petition ?? null;
}
