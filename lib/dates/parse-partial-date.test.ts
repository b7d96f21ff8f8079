import { describe, expect, it } from "vitest";
import { parsePartialDate, partialDateInput } from "./parse-partial-date";

describe("parsePartialDate", () => {
  it("keeps the precision that was typed", () => {
    expect(parsePartialDate("2013")).toEqual({ date: new Date("2013-01-01T00:00:00Z"), precision: "YEAR" });
    expect(parsePartialDate("2013-03")).toEqual({ date: new Date("2013-03-01T00:00:00Z"), precision: "MONTH" });
    expect(parsePartialDate(" 2013-03-14 ")).toEqual({ date: new Date("2013-03-14T00:00:00Z"), precision: "DAY" });
  });

  it("refuses impossible or malformed dates", () => {
    for (const bad of ["2013-02-30", "2013-13", "13-03-2013", "yesterday", "", "2013-3-1"])
      expect(parsePartialDate(bad), bad).toBeNull();
  });

  it("round-trips through the edit field", () => {
    const parsed = parsePartialDate("2013-03")!;
    expect(partialDateInput(parsed.date, parsed.precision)).toBe("2013-03");
  });
});
