import { describe, expect, it } from "vitest";
import { neutraliseCsvCell } from "./neutralise-csv-cell";

describe("neutraliseCsvCell", () => {
  it("prefixes values a spreadsheet would run as a formula", () => {
    for (const value of ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\t=x", "  =HYPERLINK(\"x\")"]) {
      expect(neutraliseCsvCell(value)).toBe(`'${value}`);
    }
  });

  it("leaves ordinary names alone", () => {
    expect(neutraliseCsvCell("Günel Məmmədova")).toBe("Günel Məmmədova");
    expect(neutraliseCsvCell("Anne-Marie")).toBe("Anne-Marie");
  });
});
