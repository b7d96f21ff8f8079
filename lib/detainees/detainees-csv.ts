import "server-only";
import { stringify } from "csv-stringify/sync";
import { isoPartialDate, type DatePrecision } from "@/lib/dates/format-partial-date";
import { neutraliseCsvCell } from "@/lib/csv/neutralise-csv-cell";
import { translatedField } from "@/lib/i18n/translated-field";
import type { Locale } from "@/lib/i18n/routing";
import { absoluteUrl } from "@/lib/site/absolute-url";
import { daysInDetention } from "./days-in-detention";
import type { DetaineeExportRow } from "./search-published-detainees-for-export";
import { disputedFields } from "./fact-fields";
import { nameForLocale } from "./name-for-locale";

export const detaineeCsvColumns = [
  "slug",
  "name",
  "other_names",
  "status",
  "status_certainty",
  "status_confirmed_on",
  "occupation",
  "affiliation",
  "case",
  "arrest_date",
  "release_date",
  "release_type",
  "days_in_detention",
  "place_of_detention",
  "sentence",
  "charges",
  "photo_credit",
  "photo_licence",
  "permalink",
  "last_updated",
  "disputed_facts",
  "claims",
] as const;

const date = (value: Date | null, precision: DatePrecision | null) =>
  value ? isoPartialDate(value, precision ?? "DAY") : "";

/**
 * One row per published profile. Dates keep their precision ("2013-03" for a month);
 * several values in one cell are separated by " | ". Every text cell goes through
 * neutraliseCsvCell: names and charges are typed by staff and may start with "=".
 */
export function detaineesCsv(rows: DetaineeExportRow[], lang: Locale): string {
  const text = (value: string | null, translations: unknown, field: string) =>
    value === null ? "" : translatedField(value, translations, field, lang).value;
  const records = rows.map((d) => {
    const name = nameForLocale(d, lang);
    const record: Record<(typeof detaineeCsvColumns)[number], string> = {
      slug: d.slug,
      name,
      other_names: d.names
        .filter((n) => n.name !== name)
        .map((n) => n.name)
        .join(" | "),
      status: d.status,
      status_certainty: d.statusCertainty,
      status_confirmed_on: date(d.statusConfirmedOn, d.statusConfirmedPrecision),
      occupation: text(d.occupation, d.translations, "occupation"),
      affiliation: d.affiliation?.name ?? "",
      case: d.case?.title ?? "",
      arrest_date: date(d.arrestDate, d.arrestDatePrecision),
      release_date: date(d.releaseDate, d.releaseDatePrecision),
      release_type: d.releaseType ?? "",
      days_in_detention: String(daysInDetention(d) ?? ""),
      place_of_detention: text(d.placeOfDetention, d.translations, "placeOfDetention"),
      sentence: text(d.sentence, d.translations, "sentence"),
      charges: d.charges
        .map((c) =>
          [
            c.description,
            [c.code, c.article].filter(Boolean).join(" ") || null,
            c.addedOn ? `added ${date(c.addedOn, c.addedPrecision)}` : null,
            c.droppedOn ? `dropped ${date(c.droppedOn, c.droppedPrecision)}` : null,
          ]
            .filter(Boolean)
            .join(", "),
        )
        .join(" | "),
      photo_credit: d.photoCredit ?? "",
      photo_licence: d.photoLicence ?? "",
      permalink: absoluteUrl(`/detainees/${d.slug}`, lang),
      last_updated: d.updatedAt.toISOString(),
      // The facts sources disagree on, and each claim with its source, so a spreadsheet
      // never shows one of two versions as if it were settled.
      disputed_facts: disputedFields(d.claims).join(" | "),
      claims: d.claims
        .map(
          (c) =>
            `${c.field}: ${c.value} (${c.source ? `${c.source.publisher}, ${c.source.title}` : "other sources, not named"})`,
        )
        .join(" | "),
    };
    return detaineeCsvColumns.map((column) => neutraliseCsvCell(record[column]));
  });
  // A byte-order mark so spreadsheet programs read Cyrillic and Azerbaijani letters as UTF-8.
  return "\uFEFF" + stringify([[...detaineeCsvColumns], ...records], { record_delimiter: "\r\n" });
}
