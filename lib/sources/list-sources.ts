import "server-only";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function listSources() {
  await requireStaff();
  return db.source.findMany({ orderBy: [{ publisher: "asc" }, { title: "asc" }], select: { id: true, publisher: true, title: true, url: true } });
}
