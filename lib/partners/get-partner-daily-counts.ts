import "server-only";
import { db } from "@/lib/db/client";
import { tokenHashOf } from "@/lib/petition/keyed-hash";
import { isRouteParam } from "@/lib/validation/text-fields";

export type PartnerDailyCounts = {
  name: string;
  total: number;
  /** Newest first, the last year with any; days without a confirmation are left out. */
  days: { day: string; confirmed: number }[];
};

/**
 * What a partner's private link shows: how many signatures that came through it were
 * confirmed each day (UTC), and nothing about who signed. The token is the only key;
 * a revoked or replaced link finds nothing.
 */
export async function getPartnerDailyCounts(token: string): Promise<PartnerDailyCounts | null> {
  if (!isRouteParam(token)) return null;
  const partner = await db.partner.findUnique({
    where: { countsTokenHash: tokenHashOf(token) },
    select: { id: true, name: true },
  });
  if (!partner) return null;
  const where = { partnerId: partner.id, status: "CONFIRMED", suspect: false } as const;
  const [total, rows] = await Promise.all([
    db.signature.count({ where }),
    db.$queryRaw<{ day: string; confirmed: bigint }[]>`
    SELECT to_char(date_trunc('day', "confirmedAt"), 'YYYY-MM-DD') AS day, count(*) AS confirmed
      FROM "Signature"
     WHERE "partnerId" = ${partner.id} AND "status" = 'CONFIRMED' AND NOT "suspect"
     GROUP BY 1 ORDER BY 1 DESC LIMIT 366`,
  ]);
  return { name: partner.name, total, days: rows.map((row) => ({ day: row.day, confirmed: Number(row.confirmed) })) };
}
