import { describe, expect, it } from "vitest";
import {
  computeCampaignNumbers,
  detentionBucketOf,
  wholeMonthsBetween,
  type NumbersInputRow,
} from "./compute-campaign-numbers";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const now = new Date("2026-12-06T15:30:00Z");
const order = ["IN_DETENTION", "PRE_TRIAL_DETENTION", "RELEASED", "EXILED"] as const;

function person(overrides: Partial<NumbersInputRow>): NumbersInputRow {
  return {
    status: "IN_DETENTION",
    arrestDate: null,
    arrestDatePrecision: null,
    releaseDate: null,
    releaseDatePrecision: null,
    occupation: null,
    translations: {},
    affiliation: null,
    ...overrides,
  };
}

const compute = (rows: NumbersInputRow[]) => computeCampaignNumbers(rows, order, now);
const buckets = (rows: NumbersInputRow[]) =>
  Object.fromEntries(
    compute(rows)
      .detention.filter((d) => d.count > 0)
      .map((d) => [d.bucket, d.count]),
  );

describe("time in detention", () => {
  it("counts whole months, comparing days only when both are known", () => {
    expect(wholeMonthsBetween(day("2024-01-31"), true, day("2024-02-29"), true)).toBe(0);
    expect(wholeMonthsBetween(day("2024-01-31"), true, day("2024-03-01"), true)).toBe(1);
    // A month-precise arrest (stored as the 1st) is not a day: January to February is one month.
    expect(wholeMonthsBetween(day("2024-01-01"), false, day("2024-02-01"), true)).toBe(1);
    expect(wholeMonthsBetween(day("2024-05-01"), true, day("2024-03-01"), true)).toBe(0);
  });

  it("puts each span in one bucket, with the bounds in the shorter-than bucket's successor", () => {
    expect([0, 1, 5, 6, 11, 12, 23, 24, 59, 60, 200].map(detentionBucketOf)).toEqual([
      "under1m",
      "1to6m",
      "1to6m",
      "6to12m",
      "6to12m",
      "1to2y",
      "1to2y",
      "2to5y",
      "2to5y",
      "5yPlus",
      "5yPlus",
    ]);
  });

  it("runs to today for people still held and to the release date for people released", () => {
    expect(
      buckets([
        person({ arrestDate: day("2026-11-10"), arrestDatePrecision: "DAY" }),
        person({ arrestDate: day("2020-01-01"), arrestDatePrecision: "MONTH" }),
        person({
          status: "RELEASED",
          arrestDate: day("2014-03-10"),
          arrestDatePrecision: "DAY",
          releaseDate: day("2015-05-20"),
          releaseDatePrecision: "DAY",
        }),
      ]),
    ).toEqual({ under1m: 1, "5yPlus": 1, "1to2y": 1 });
  });

  it("leaves out arrests known only to the year and people freed on an unknown day, and counts them", () => {
    const numbers = compute([
      person({ arrestDate: day("2013-01-01"), arrestDatePrecision: "YEAR" }),
      person({}),
      person({ status: "EXILED", arrestDate: day("2015-02-01"), arrestDatePrecision: "MONTH" }),
      person({
        status: "RELEASED",
        arrestDate: day("2015-02-01"),
        arrestDatePrecision: "MONTH",
        releaseDate: day("2016-01-01"),
        releaseDatePrecision: "YEAR",
      }),
    ]);
    expect(numbers.detention.every((d) => d.count === 0)).toBe(true);
    expect(numbers.detentionLeftOut).toEqual({ noArrestDate: 2, noReleaseDate: 2 });
  });
});

describe("arrests and releases per month", () => {
  it("counts dates known to the day or month in their month, and the rest as month unknown", () => {
    const numbers = compute([
      person({ arrestDate: day("2013-03-15"), arrestDatePrecision: "DAY" }),
      person({
        status: "RELEASED",
        arrestDate: day("2013-03-01"),
        arrestDatePrecision: "MONTH",
        releaseDate: day("2014-07-02"),
        releaseDatePrecision: "DAY",
      }),
      person({ arrestDate: day("2013-01-01"), arrestDatePrecision: "YEAR" }),
      person({ status: "RELEASED" }),
    ]);
    expect(numbers.monthly).toEqual([
      { month: "2013-03", arrests: 2, releases: 0 },
      { month: "2014-07", arrests: 0, releases: 1 },
    ]);
    expect(numbers.monthUnknown).toEqual({ arrests: 2, releases: 1 });
  });
});

describe("groups", () => {
  it("orders statuses as the vocabulary does and leaves out statuses nobody has", () => {
    const numbers = compute([person({ status: "RELEASED" }), person({}), person({ status: "RELEASED" })]);
    expect(numbers.status).toEqual([
      { status: "IN_DETENTION", count: 1 },
      { status: "RELEASED", count: 2 },
    ]);
    expect(numbers.total).toBe(3);
  });

  it("groups occupations as the list's filter matches them (ignoring case), not recorded last", () => {
    const numbers = compute([
      person({}),
      person({}),
      person({}),
      person({ occupation: "Journalist" }),
      person({ occupation: "journalist" }),
      person({ occupation: "Blogger" }),
    ]);
    expect(numbers.occupation.map((o) => [o.occupation, o.count])).toEqual([
      ["Journalist", 2],
      ["Blogger", 1],
      [null, 3],
    ]);
  });

  it("groups by organisation, largest first, not recorded last", () => {
    const org = (slug: string) => ({ slug, name: slug.toUpperCase(), shortName: null, translations: {} });
    const numbers = compute([
      person({ affiliation: org("a") }),
      person({ affiliation: org("b") }),
      person({ affiliation: org("b") }),
      person({}),
      person({}),
      person({}),
    ]);
    expect(numbers.affiliation.map((a) => [a.slug, a.count])).toEqual([
      ["b", 2],
      ["a", 1],
      [null, 3],
    ]);
  });

  it("dates the figures by the UTC day they describe", () => {
    expect(compute([]).asOf).toBe("2026-12-06");
  });
});
