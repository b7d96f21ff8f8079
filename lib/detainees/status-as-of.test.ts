import { describe, expect, it } from "vitest";
import { statusAsOf } from "./status-as-of";

const NOW = new Date("2026-12-06T12:00:00Z");
const on = (iso: string, precision: "DAY" | "MONTH" | "YEAR") => ({
  statusConfirmedOn: new Date(`${iso}T00:00:00Z`),
  statusConfirmedPrecision: precision,
});

describe("statusAsOf", () => {
  it("shows the date of a status confirmed more than 90 days ago", () => {
    expect(statusAsOf(on("2026-09-06", "DAY"), NOW)).toEqual({
      date: new Date("2026-09-06T00:00:00Z"),
      precision: "DAY",
    });
  });

  it("shows nothing for a status confirmed within 90 days, or never", () => {
    expect(statusAsOf(on("2026-09-07", "DAY"), NOW)).toBeNull();
    expect(statusAsOf({ statusConfirmedOn: null, statusConfirmedPrecision: null }, NOW)).toBeNull();
  });

  it("counts a month or a year from its end", () => {
    expect(statusAsOf(on("2026-09-01", "MONTH"), NOW)).toBeNull();
    expect(statusAsOf(on("2026-08-01", "MONTH"), NOW)).not.toBeNull();
    expect(statusAsOf(on("2026-01-01", "YEAR"), NOW)).toBeNull();
    expect(statusAsOf(on("2025-01-01", "YEAR"), NOW)).not.toBeNull();
  });
});
