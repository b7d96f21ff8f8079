import { describe, expect, it } from "vitest";
import { neutraliseCsvCell } from "./neutralise-csv-cell";

describe("neutraliseCsvCell", () => {
  it.each([
    '=HYPERLINK("http://x")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "\r\n=1",
    '  =HYPERLINK("x")',
    "\u00A0=1",
    "\u3000=1",
    "\u200B=1",
    "\uFEFF@SUM(A1)",
    "\uFF1DSUM(A1)",
    " \uFF0B1",
  ])("prefixes %j so it is read as text", (cell) => {
    expect(neutraliseCsvCell(cell)).toBe(`'${cell}`);
  });

  it("leaves ordinary text, dates and names alone", () => {
    for (const cell of [
      "Uzeyir Mammadov",
      "Günel Məmmədova",
      "Anne-Marie",
      "2013-03",
      "Рашад Гусейнов",
      "N!DA",
      "",
      "a=b",
      " Journalist ",
    ]) {
      expect(neutraliseCsvCell(cell)).toBe(cell);
    }
  });
});
