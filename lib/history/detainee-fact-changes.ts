import type { DatePrecision, DetentionStatus } from "@/lib/db/generated/enums";
import { dateValue, sameValue, textValue, type PublicValue } from "./public-value";

/** The profile columns readers see, before or after a save. */
export type DetaineeFacts = {
  displayName: string;
  status: DetentionStatus;
  statusConfirmedOn: Date | null;
  statusConfirmedPrecision: DatePrecision | null;
  arrestDate: Date | null;
  arrestDatePrecision: DatePrecision | null;
  releaseDate: Date | null;
  releaseDatePrecision: DatePrecision | null;
  releaseType: string | null;
  placeOfDetention: string | null;
  sentence: string | null;
  occupation: string | null;
  bio: string | null;
};

export type FactChange = { field: PublicFactField; from: PublicValue | null; to: PublicValue | null };

/*
 * The public facts of a profile, in the order the history lists a save's changes. Not
 * here on purpose: the slug, the certainty wording, the photo and its credit, the
 * published flag, and every internal column. A field added to the profile is not in
 * the public history until it is added here.
 */
const facts = {
  displayName: (d: DetaineeFacts) => textValue(d.displayName),
  status: (d: DetaineeFacts): PublicValue => ({ type: "status", status: d.status }),
  statusConfirmedOn: (d: DetaineeFacts) => dateValue(d.statusConfirmedOn, d.statusConfirmedPrecision),
  arrestDate: (d: DetaineeFacts) => dateValue(d.arrestDate, d.arrestDatePrecision),
  placeOfDetention: (d: DetaineeFacts) => textValue(d.placeOfDetention),
  sentence: (d: DetaineeFacts) => textValue(d.sentence),
  releaseDate: (d: DetaineeFacts) => dateValue(d.releaseDate, d.releaseDatePrecision),
  releaseType: (d: DetaineeFacts) => textValue(d.releaseType),
  occupation: (d: DetaineeFacts) => textValue(d.occupation),
  bio: (d: DetaineeFacts) => textValue(d.bio),
} as const;

export type PublicFactField = keyof typeof facts;

export const publicFactFields = Object.keys(facts) as PublicFactField[];

/** Which public facts a save changes, with their old and new public values. */
export function detaineeFactChanges(before: DetaineeFacts, after: DetaineeFacts): FactChange[] {
  const changes: FactChange[] = [];
  for (const field of publicFactFields) {
    const from = facts[field](before);
    const to = facts[field](after);
    if (!sameValue(from, to)) changes.push({ field, from, to });
  }
  return changes;
}
