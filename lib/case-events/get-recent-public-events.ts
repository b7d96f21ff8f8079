import "server-only";
import { primaryNamesSelect } from "@/lib/detainees/name-for-locale";
import { db } from "@/lib/db/client";

/**
 * Case updates for the API and the feed: public events of published people only,
 * most recently recorded first (a feed reader wants what is new, whatever its date).
 */
export async function getRecentPublicEvents(options: {
  limit: number;
  since?: Date;
  /** "recorded": by when each was first recorded (the feed: an edit is not news). */
  order?: "changed" | "recorded";
}) {
  return db.caseEvent.findMany({
    where: {
      visibility: "PUBLIC",
      detainee: { published: true },
      ...(options.since ? { updatedAt: { gte: options.since } } : {}),
    },
    orderBy: [options.order === "recorded" ? { createdAt: "desc" } : { updatedAt: "desc" }, { id: "asc" }],
    take: options.limit,
    select: {
      id: true,
      type: true,
      occurredOn: true,
      precision: true,
      title: true,
      description: true,
      translations: true,
      createdAt: true,
      updatedAt: true,
      detainee: { select: { slug: true, displayName: true, names: primaryNamesSelect } },
      sources: { select: { publisher: true, title: true, url: true } },
    },
  });
}

export type PublicEvent = Awaited<ReturnType<typeof getRecentPublicEvents>>[number];
