import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { searchKeyLikePatterns, toSearchTokens } from "./search-key";
import { daysInDetention } from "./days-in-detention";
import type { DetaineeQuery } from "./detainee-query";
import { detaineeCardSelect } from "./get-published-detainees";

/**
 * The Prisma filter for a query. Published rows only: this is the one place the
 * public list, the API and the CSV export get their rows from.
 */
export function publishedDetaineeWhere(query: DetaineeQuery): Prisma.DetaineeWhereInput {
  const and: Prisma.DetaineeWhereInput[] = [{ published: true }];
  const tokens = toSearchTokens(query.q ?? "");
  if (query.q && tokens.length === 0) {
    // A query with no letters or digits matches nobody rather than everybody.
    and.push({ id: { in: [] } });
  } else if (tokens.length > 0) {
    // Every word of the query must start a word of one and the same recorded name
    // (searchKeysMatch, done in SQL with the LIKE patterns of searchKeyLikePatterns).
    const everyToken = tokens.map((token) => {
      const [atStart, afterSpace] = searchKeyLikePatterns(token);
      return {
        OR: [{ searchKey: { startsWith: atStart.slice(0, -1) } }, { searchKey: { contains: afterSpace.slice(1, -1) } }],
      };
    });
    // A name that only some sources give (a disputed name claim) finds the person too.
    and.push({
      OR: [{ names: { some: { AND: everyToken } } }, { claims: { some: { field: "name", AND: everyToken } } }],
    });
  }
  if (query.status) and.push({ status: query.status });
  if (query.affiliation) and.push({ affiliation: { slug: query.affiliation } });
  if (query.occupation) and.push({ occupation: { equals: query.occupation, mode: "insensitive" } });
  if (query.charge) {
    and.push({
      charges: {
        some: {
          OR: [
            { description: { equals: query.charge, mode: "insensitive" } },
            { article: { equals: query.charge, mode: "insensitive" } },
          ],
        },
      },
    });
  }
  if (query.year) {
    and.push({
      arrestDate: { gte: new Date(Date.UTC(query.year, 0, 1)), lt: new Date(Date.UTC(query.year + 1, 0, 1)) },
    });
  }
  return { AND: and };
}

function orderBy(sort: DetaineeQuery["sort"]): Prisma.DetaineeOrderByWithRelationInput[] {
  switch (sort) {
    case "arrested":
      return [{ arrestDate: { sort: "asc", nulls: "last" } }, { displayName: "asc" }];
    case "updated":
      return [{ updatedAt: "desc" }, { displayName: "asc" }];
    default:
      return [{ displayName: "asc" }];
  }
}

/** Published detainees matching a query, as cards, in the requested order. */
export async function searchPublishedDetainees(query: DetaineeQuery) {
  const rows = await db.detainee.findMany({
    where: publishedDetaineeWhere(query),
    orderBy: orderBy(query.sort),
    select: detaineeCardSelect,
  });
  if (query.sort !== "detention") return rows;
  // Days are computed, not stored: longest first, unknown counts last.
  const days = new Map(rows.map((row) => [row.slug, daysInDetention(row) ?? -1]));
  return [...rows].sort((a, b) => days.get(b.slug)! - days.get(a.slug)! || a.displayName.localeCompare(b.displayName));
}
