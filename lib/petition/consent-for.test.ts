import { describe, expect, it } from "vitest";
import { consentFor } from "./consent-for";

const rows = [
  { version: 2, locale: "en", text: "v2 en" },
  { version: 2, locale: "ru", text: "v2 ru" },
  { version: 1, locale: "az", text: "v1 az" },
];

describe("consentFor", () => {
  it("shows the current version in the page's language", () => {
    expect(consentFor(rows, "ru")).toEqual({ version: 2, locale: "ru", text: "v2 ru" });
  });

  it("falls back to the current English notice, never to an older version in the page's language", () => {
    expect(consentFor(rows, "az")).toEqual({ version: 2, locale: "en", text: "v2 en" });
  });

  it("has nothing to show without a notice", () => {
    expect(consentFor([], "en")).toBeNull();
  });
});
