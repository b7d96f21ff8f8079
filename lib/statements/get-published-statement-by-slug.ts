import "server-only";
import { primaryNamesSelect } from "@/lib/detainees/name-for-locale";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { isRouteParam } from "@/lib/validation/text-fields";
import { publicStatementFilter } from "./public-statement-filter";

/**
 * One public statement with its quotes, signatories and the published people it
 * concerns. Memoised per request: the statement page's metadata and body both read it.
 */
export const getPublishedStatementBySlug = cache(async function getPublishedStatementBySlug(slug: string) {
  if (!isRouteParam(slug)) return null;
  return db.statement.findFirst({
    where: { AND: [{ slug }, publicStatementFilter()] },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      body: true,
      kind: true,
      translations: true,
      publishedAt: true,
      datePrecision: true,
      titleIsDescriptive: true,
      updatedAt: true,
      source: { select: { id: true, publisher: true, title: true, url: true, publishedOn: true, datePrecision: true } },
      signatories: {
        orderBy: { organisation: { name: "asc" } },
        select: { organisation: { select: { slug: true, name: true, shortName: true, url: true } } },
      },
      quotes: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          text: true,
          translations: true,
          reportedFromOwnStatement: true,
          speaker: { select: { name: true, role: true, organisation: { select: { name: true, shortName: true } } } },
        },
      },
      detainees: {
        where: { detainee: { published: true } },
        orderBy: { detainee: { displayName: "asc" } },
        select: { detainee: { select: { slug: true, displayName: true, status: true, names: primaryNamesSelect } } },
      },
    },
  });
});

export type PublishedStatement = NonNullable<Awaited<ReturnType<typeof getPublishedStatementBySlug>>>;
