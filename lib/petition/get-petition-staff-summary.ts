import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getPetitionCount } from "./get-petition-count";

/** The campaign's petition with counts for staff: the public tally and the database's own numbers side by side. */
export async function getPetitionStaffSummary(staff: StaffSession) {
  assertStaff(staff);
  const campaign = await db.campaign.findFirst({
    orderBy: { createdAt: "asc" },
    select: {
      petition: {
        select: {
          id: true,
          slug: true,
          title: true,
          status: true,
          goal: true,
          opensAt: true,
          closedAt: true,
          version: true,
        },
      },
    },
  });
  const petition = campaign?.petition;
  if (!petition) return null;
  const [byStatus, suspect, publicCount, suspects] = await Promise.all([
    db.signature.groupBy({ by: ["status"], where: { petitionId: petition.id }, _count: { _all: true } }),
    db.signature.count({ where: { petitionId: petition.id, suspect: true, status: { not: "INVALIDATED" } } }),
    getPetitionCount(petition.id),
    db.signature.findMany({
      where: { petitionId: petition.id, suspect: true, status: { not: "INVALIDATED" }, anonymisedAt: null },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, name: true, country: true, status: true, suspectReason: true, createdAt: true },
    }),
  ]);
  const count = (status: string) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  return {
    petition,
    counts: {
      pending: count("PENDING"),
      confirmed: count("CONFIRMED"),
      invalidated: count("INVALIDATED"),
      suspect,
      public: publicCount.total,
    },
    suspects,
  };
}
