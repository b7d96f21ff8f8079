import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export const ADMIN_SUPPORTERS_PER_PAGE = 50;

/**
 * The names signers asked to show, newest first, with whether staff hid each one:
 * what staff need to keep the public list free of abuse, and nothing more.
 */
export async function listSupportersForAdmin(staff: StaffSession, input: { petitionId: string; page: number }) {
  assertStaff(staff);
  const where = { petitionId: input.petitionId, showPublicly: true, status: "CONFIRMED", anonymisedAt: null } as const;
  const [total, rows] = await Promise.all([
    db.signature.count({ where }),
    db.signature.findMany({
      where,
      select: { id: true, name: true, country: true, confirmedAt: true, suspect: true, hiddenAt: true },
      orderBy: [{ confirmedAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * ADMIN_SUPPORTERS_PER_PAGE,
      take: ADMIN_SUPPORTERS_PER_PAGE,
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / ADMIN_SUPPORTERS_PER_PAGE)), rows };
}
