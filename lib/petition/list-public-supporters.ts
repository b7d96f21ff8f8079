import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

export const SUPPORTERS_PER_PAGE = 20;

/** Who may appear in the public list: the signer asked, confirmed, and nobody took them off it. */
export const publicSupporterWhere = (petitionId: string) =>
  ({
    petitionId,
    showPublicly: true,
    status: "CONFIRMED",
    suspect: false,
    hiddenAt: null,
    anonymisedAt: null,
  }) satisfies Prisma.SignatureWhereInput;

export type PublicSupporter = { name: string; country: string; date: string };

/**
 * One page of the public supporters list, newest first. Only what the list shows:
 * the name as given, the country and the day (never the time, which would help match
 * a name to other records).
 */
export async function listPublicSupporters(
  petitionId: string,
  page: number,
): Promise<{ supporters: PublicSupporter[]; total: number; pages: number }> {
  const where = publicSupporterWhere(petitionId);
  const [total, rows] = await Promise.all([
    db.signature.count({ where }),
    db.signature.findMany({
      where,
      select: { name: true, country: true, confirmedAt: true },
      orderBy: [{ confirmedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * SUPPORTERS_PER_PAGE,
      take: SUPPORTERS_PER_PAGE,
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / SUPPORTERS_PER_PAGE)),
    supporters: rows.map((row) => ({
      name: row.name,
      country: row.country,
      date: (row.confirmedAt ?? new Date(0)).toISOString().slice(0, 10),
    })),
  };
}
