import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function listStaff(staff: StaffSession) {
  assertStaff(staff, "ADMIN");
  const [users, invites] = await Promise.all([
    db.staffUser.findMany({
      orderBy: { email: "asc" },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        disabledAt: true,
        totpEnabledAt: true,
        lastLoginAt: true,
      },
    }),
    db.staffInvite.findMany({
      where: { usedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, expiresAt: true },
    }),
  ]);
  return { users, invites };
}
