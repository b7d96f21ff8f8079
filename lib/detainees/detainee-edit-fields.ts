import type { z } from "zod";
import type { detaineeFieldsSchema } from "./admin-schemas";
import { partialDateInput } from "@/lib/dates/parse-partial-date";

export type DetaineeInput = z.infer<typeof detaineeFieldsSchema>;

/** Select for the editable columns; shared by edit, conflict and audit. */
export const detaineeEditSelect = {
  id: true,
  slug: true,
  displayName: true,
  occupation: true,
  bio: true,
  status: true,
  statusCertainty: true,
  statusConfirmedOn: true,
  statusConfirmedPrecision: true,
  arrestDate: true,
  arrestDatePrecision: true,
  placeOfDetention: true,
  sentence: true,
  releaseDate: true,
  releaseDatePrecision: true,
  releaseType: true,
  photoPath: true,
  photoCredit: true,
  photoLicence: true,
  photoSourceUrl: true,
  published: true,
  version: true,
} as const;

/** Validated input → database columns. */
export function detaineeColumns(input: DetaineeInput) {
  return {
    displayName: input.displayName,
    slug: input.slug,
    occupation: input.occupation,
    bio: input.bio,
    status: input.status,
    statusCertainty: input.statusCertainty,
    statusConfirmedOn: input.statusConfirmedOn?.date ?? null,
    statusConfirmedPrecision: input.statusConfirmedOn?.precision ?? null,
    arrestDate: input.arrestDate?.date ?? null,
    arrestDatePrecision: input.arrestDate?.precision ?? null,
    placeOfDetention: input.placeOfDetention,
    sentence: input.sentence,
    releaseDate: input.releaseDate?.date ?? null,
    releaseDatePrecision: input.releaseDate?.precision ?? null,
    releaseType: input.releaseType,
    photoCredit: input.photoCredit,
    photoLicence: input.photoLicence,
    photoSourceUrl: input.photoSourceUrl,
    published: input.published,
  };
}

type Stored = {
  [K in keyof typeof detaineeEditSelect]: unknown;
};

/** A stored row as the strings an edit form shows (the same shape the form posts). */
export function detaineeFormValues(row: Stored): Record<string, string> {
  const d = (date: unknown, precision: unknown) =>
    partialDateInput(date as Date | null, precision as "DAY" | "MONTH" | "YEAR" | null);
  const s = (value: unknown) => (value === null || value === undefined ? "" : String(value));
  return {
    displayName: s(row.displayName),
    slug: s(row.slug),
    occupation: s(row.occupation),
    bio: s(row.bio),
    status: s(row.status),
    statusCertainty: s(row.statusCertainty),
    statusConfirmedOn: d(row.statusConfirmedOn, row.statusConfirmedPrecision),
    arrestDate: d(row.arrestDate, row.arrestDatePrecision),
    placeOfDetention: s(row.placeOfDetention),
    sentence: s(row.sentence),
    releaseDate: d(row.releaseDate, row.releaseDatePrecision),
    releaseType: s(row.releaseType),
    photoCredit: s(row.photoCredit),
    photoLicence: s(row.photoLicence),
    photoSourceUrl: s(row.photoSourceUrl),
    published: row.published ? "on" : "",
  };
}

export const detaineeFieldLabels: Record<string, string> = {
  displayName: "Name shown",
  slug: "Slug",
  occupation: "Occupation",
  bio: "Biography",
  status: "Status",
  statusCertainty: "Certainty",
  statusConfirmedOn: "Status last confirmed",
  arrestDate: "Arrest date",
  placeOfDetention: "Place of detention",
  sentence: "Sentence",
  releaseDate: "Release date",
  releaseType: "Release type",
  photoCredit: "Photo credit",
  photoLicence: "Photo licence",
  photoSourceUrl: "Photo source",
  published: "Published",
};
