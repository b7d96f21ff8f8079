import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function listDetaineesForAdmin(staff: StaffSession) {
  assertStaff(staff);
  return db.detainee.findMany({
    orderBy: { displayName: "asc" },
    select: { id: true, slug: true, displayName: true, status: true, published: true, updatedAt: true },
  });
}
