import { describe, expect, it } from "vitest";
import { formatEmbargoTime, pressEmbargo } from "./press-templates";

const data = {
  title: "Release them",
  summary: null,
  body: "Text.",
  url: "https://example.org/statements/x",
  embargoUntil: "2031-03-01T09:00:00.000Z",
  fallback: false,
  unsubscribeUrl: "https://example.org/press/unsubscribe/abc.def",
};

describe("the embargoed press mail", () => {
  it("gives the release time in UTC and in Baku, with no zone left to guess", () => {
    expect(formatEmbargoTime(data.embargoUntil, "en")).toBe("2031-03-01 09:00 UTC (13:00 in Baku)");
    expect(formatEmbargoTime(data.embargoUntil, "ru")).toBe("2031-03-01 09:00 UTC (13:00 по бакинскому времени)");
  });

  it("starts subject and text with EMBARGOED UNTIL in every language, and ends the text with the link to leave", () => {
    for (const locale of ["en", "az", "ru"] as const) {
      const mail = pressEmbargo(locale, data);
      expect(mail.subject).toMatch(/^EMBARGOED UNTIL 2031-03-01 09:00 UTC .*: Release them$/);
      expect(mail.text.startsWith("EMBARGOED UNTIL 2031-03-01 09:00 UTC")).toBe(true);
      expect(mail.text.trimEnd().endsWith(data.unsubscribeUrl)).toBe(true);
    }
  });

  it("says so when the statement is sent in English for want of a translation", () => {
    expect(pressEmbargo("az", { ...data, fallback: true }).text).toContain("ingilis dilində verilir");
    expect(pressEmbargo("az", data).text).not.toContain("ingilis dilində verilir");
  });
});
