/**
 * The facts of a profile that sources back and that sources can disagree on.
 * A charge or a name variant is a fact of its own: "charge:<id>", "name:<id>".
 */
export const SOURCED_FACTS = ["name", "status", "arrestDate", "placeOfDetention", "sentence"] as const;
export const CLAIM_FIELDS = ["name", "arrestDate", "placeOfDetention", "sentence"] as const;
export type ClaimField = (typeof CLAIM_FIELDS)[number];

export function chargeFact(chargeId: string): string {
  return `charge:${chargeId}`;
}

export function nameFact(nameId: string): string {
  return `name:${nameId}`;
}

/** Whether `field` names a fact of this profile (a charge or name of another person is not one). */
export function isFactOf(field: string, profile: { chargeIds: string[]; nameIds: string[] }): boolean {
  if ((SOURCED_FACTS as readonly string[]).includes(field)) return true;
  const [kind, id] = field.split(":");
  if (kind === "charge") return profile.chargeIds.includes(id ?? "");
  if (kind === "name") return profile.nameIds.includes(id ?? "");
  return false;
}

/** Facts with two or more claims, in a stable order: what the profile shows as disputed. */
export function disputedFields(claims: readonly { field: string }[]): ClaimField[] {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.field, (counts.get(c.field) ?? 0) + 1);
  return CLAIM_FIELDS.filter((f) => (counts.get(f) ?? 0) >= 2);
}
