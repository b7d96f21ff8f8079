import "server-only";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function listDetaineesForAdmin() {
  await requireStaff();
  return db.detainee.findMany({
    orderBy: { displayName: "asc" },
    select: { id: true, slug: true, displayName: true, status: true, published: true, updatedAt: true },
  });
}
