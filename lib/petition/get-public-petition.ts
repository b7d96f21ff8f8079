import "server-only";
import { db } from "@/lib/db/client";
import { locales } from "@/lib/i18n/routing";

/**
 * The campaign's petition as the public page shows it, with the consent notice's
 * newest rows (at most one per language: pick one with `consentFor`).
 */
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
          showPartners: true,
          consents: {
            orderBy: [{ version: "desc" }, { locale: "asc" }],
            take: locales.length,
            select: { version: true, locale: true, text: true },
          },
        },
      },
    },
  });
  return campaign?.petition ?? null;
}
