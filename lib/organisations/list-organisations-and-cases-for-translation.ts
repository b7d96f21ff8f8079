import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

/** Every organisation and case with its texts in every language, for their translation forms. */
export async function listOrganisationsAndCasesForTranslation(staff: StaffSession) {
  assertStaff(staff);
  const [organisations, cases] = await Promise.all([
    db.organisation.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, shortName: true, description: true, translations: true },
    }),
    db.case.findMany({
      orderBy: { title: "asc" },
      select: { id: true, title: true, summary: true, translations: true },
    }),
  ]);
  return { organisations, cases };
}
