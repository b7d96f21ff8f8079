import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isRouteParam } from "@/lib/validation/text-fields";

const sourceSelect = { id: true, publisher: true, title: true } as const;

/** What the facts page edits: names, the sources cited per fact, and the claims. */
export async function getDetaineeFactsForEdit(staff: StaffSession, id: string) {
  assertStaff(staff);
  if (!isRouteParam(id)) return null;
  return db.detainee.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      displayName: true,
      published: true,
      names: {
        orderBy: [{ lang: "asc" }, { isPrimary: "desc" }, { name: "asc" }],
        select: {
          id: true,
          name: true,
          script: true,
          lang: true,
          isPrimary: true,
          transliteration: true,
          source: { select: sourceSelect },
        },
      },
      charges: { orderBy: { createdAt: "asc" }, select: { id: true, description: true, article: true } },
      sources: {
        orderBy: [{ field: "asc" }],
        select: { id: true, field: true, note: true, source: { select: sourceSelect } },
      },
      claims: {
        orderBy: [{ field: "asc" }, { createdAt: "asc" }],
        select: { id: true, field: true, value: true, note: true, source: { select: sourceSelect } },
      },
    },
  });
}

export type DetaineeFactsForEdit = NonNullable<Awaited<ReturnType<typeof getDetaineeFactsForEdit>>>;
