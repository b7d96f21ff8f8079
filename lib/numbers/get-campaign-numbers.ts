import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { DetentionStatus } from "@/lib/db/generated/enums";
import { computeCampaignNumbers, type CampaignNumbers } from "./compute-campaign-numbers";

const statusOrder = Object.values(DetentionStatus);

/** Only the occupation's translations: the rest of a profile's texts are not figures. */
function occupationTranslations(translations: unknown): Record<string, { occupation?: unknown }> {
  const out: Record<string, { occupation?: unknown }> = {};
  for (const [locale, fields] of Object.entries((translations ?? {}) as Record<string, Record<string, unknown>>))
    if (fields && typeof fields === "object" && "occupation" in fields) out[locale] = { occupation: fields.occupation };
  return out;
}

/**
 * The figures of the numbers page, its image and CSV files and the API, from published
 * profiles only. `now` is the day they describe (time in detention runs to it).
 */
export async function readCampaignNumbers(now: Date): Promise<CampaignNumbers> {
  const rows = await db.detainee.findMany({
    where: { published: true },
    select: {
      status: true,
      arrestDate: true,
      arrestDatePrecision: true,
      releaseDate: true,
      releaseDatePrecision: true,
      occupation: true,
      translations: true,
      affiliation: { select: { slug: true, name: true, shortName: true, translations: true } },
    },
  });
  return computeCampaignNumbers(
    rows.map((r) => ({ ...r, translations: occupationTranslations(r.translations) })),
    statusOrder,
    now,
  );
}

/** Today's figures, read once per render. */
export const getCampaignNumbers = cache(() => readCampaignNumbers(new Date()));
