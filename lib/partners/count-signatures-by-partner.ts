import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export type PartnerCount = { partnerId: string | null; name: string | null; code: string | null; confirmed: number };

/**
 * Confirmed signatures by the partner they came through, for the admin petition page;
 * `partnerId: null` is everyone who came another way. Counted live from the
 * signatures (staff see the truth now, not at the next tally), suspect ones excluded
 * like in the public count.
 */
export async function countSignaturesByPartner(staff: StaffSession, petitionId: string): Promise<PartnerCount[]> {
  assertStaff(staff);
  const [groups, partners] = await Promise.all([
    db.signature.groupBy({
      by: ["partnerId"],
      where: { petitionId, status: "CONFIRMED", suspect: false },
      _count: { _all: true },
    }),
    db.partner.findMany({ select: { id: true, name: true, code: true }, orderBy: { name: "asc" } }),
  ]);
  const confirmed = new Map(groups.map((group) => [group.partnerId, group._count._all]));
  return [
    ...partners.map((partner) => ({
      partnerId: partner.id,
      name: partner.name,
      code: partner.code,
      confirmed: confirmed.get(partner.id) ?? 0,
    })),
    { partnerId: null, name: null, code: null, confirmed: confirmed.get(null) ?? 0 },
  ];
}
