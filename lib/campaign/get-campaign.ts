import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

/**
 * The campaign shown on the home page: the oldest one, so a deployment's first
 * campaign leads. Memoised per request: the home page's metadata and body both read it.
 */
export const getCampaign = cache(async function getCampaign() {
  return db.campaign.findFirst({
    orderBy: { createdAt: "asc" },
    select: {
      headline: true,
      callToAction: true,
      summary: true,
      translations: true,
      source: { select: { title: true, publisher: true, url: true } },
    },
  });
});
