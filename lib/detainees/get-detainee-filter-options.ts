import "server-only";
import { db } from "@/lib/db/client";

/**
 * The values the filters offer, taken from published profiles only, so a filter
 * never reveals an unpublished person's affiliation, charge or arrest year.
 */
export async function getDetaineeFilterOptions() {
  const rows = await db.detainee.findMany({
    where: { published: true },
    select: {
      status: true,
      occupation: true,
      translations: true,
      arrestDate: true,
      affiliation: { select: { slug: true, name: true } },
      charges: { select: { description: true, translations: true } },
    },
  });
  const statuses = new Set(rows.map((r) => r.status));
  const affiliations = new Map<string, string>();
  const occupations = new Map<string, unknown>();
  const charges = new Map<string, unknown>();
  const years = new Set<number>();
  for (const row of rows) {
    if (row.affiliation) affiliations.set(row.affiliation.slug, row.affiliation.name);
    if (row.occupation && !occupations.has(row.occupation)) occupations.set(row.occupation, row.translations);
    for (const charge of row.charges)
      if (!charges.has(charge.description)) charges.set(charge.description, charge.translations);
    if (row.arrestDate) years.add(row.arrestDate.getUTCFullYear());
  }
  return {
    statuses: [...statuses],
    affiliations: [...affiliations]
      .map(([slug, name]) => ({ slug, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    occupations: [...occupations]
      .map(([value, translations]) => ({ value, translations }))
      .sort((a, b) => a.value.localeCompare(b.value)),
    charges: [...charges]
      .map(([value, translations]) => ({ value, translations }))
      .sort((a, b) => a.value.localeCompare(b.value)),
    years: [...years].sort((a, b) => b - a),
  };
}

export type DetaineeFilterOptions = Awaited<ReturnType<typeof getDetaineeFilterOptions>>;
