import { describe, expect, it } from "vitest";
import { daysInDetention } from "./days-in-detention";

describe("daysInDetention", () => {
  it("counts days from arrest to today while held", () => {
    expect(
      daysInDetention({
        arrestDate: new Date("2013-03-01"),
        arrestDatePrecision: "DAY",
        releaseDate: null,
        now: new Date("2013-03-31T18:00:00Z"),
      }),
    ).toBe(30);
  });

  it("stops counting at release", () => {
    expect(
      daysInDetention({
        arrestDate: new Date("2013-03-01"),
        arrestDatePrecision: "DAY",
        releaseDate: new Date("2014-03-01"),
        now: new Date("2026-01-01"),
      }),
    ).toBe(365);
  });

  it("gives no number when the arrest day is unknown", () => {
    expect(daysInDetention({ arrestDate: null, arrestDatePrecision: null, releaseDate: null })).toBeNull();
    expect(
      daysInDetention({ arrestDate: new Date("2013-03-01"), arrestDatePrecision: "MONTH", releaseDate: null }),
    ).toBeNull();
  });
});
