import { describe, expect, it } from "vitest";
import { neutraliseFormula } from "./neutralise-formula";

describe("neutraliseFormula", () => {
  it.each(["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])("prefixes %j so it is read as text", (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it("leaves ordinary text, dates and names alone", () => {
    for (const cell of ["Uzeyir Mammadov", "2013-03", "Рашад Гусейнов", "N!DA", "", "a=b"]) {
      expect(neutraliseFormula(cell)).toBe(cell);
    }
  });
});
