import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function listSources(staff: StaffSession) {
  assertStaff(staff);
  return db.source.findMany({
    orderBy: [{ publisher: "asc" }, { title: "asc" }],
    select: { id: true, publisher: true, title: true, url: true },
  });
}
