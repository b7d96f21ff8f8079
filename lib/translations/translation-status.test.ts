import { describe, expect, it } from "vitest";
import { englishHash } from "./english-hash";
import { translationEdits, translationShape } from "./translation-input";
import { translationStatus } from "./translation-status";
import { z } from "zod";

describe("translationStatus", () => {
  const stamp = (english: string) => [{ field: "title", locale: "az", englishHash: englishHash(english) }];
  const az = { az: { title: "Məhkəmə iclası" } };

  it("is missing without a translation, and none without English to translate", () => {
    expect(translationStatus("Court hearing", {}, [], "title", "az")).toBe("missing");
    expect(translationStatus("Court hearing", { az: { title: "  " } }, [], "title", "az")).toBe("missing");
    expect(translationStatus(null, {}, [], "title", "az")).toBe("none");
  });

  it("is current when stamped with today's English, or not stamped at all", () => {
    expect(translationStatus("Court hearing", az, stamp("Court hearing"), "title", "az")).toBe("current");
    expect(translationStatus("Court hearing ", az, stamp("Court hearing"), "title", "az")).toBe("current");
    expect(translationStatus("Court hearing", az, [], "title", "az")).toBe("current");
  });

  it("is stale when the English changed after the translation was stamped", () => {
    expect(translationStatus("Court hearing postponed", az, stamp("Court hearing"), "title", "az")).toBe("stale");
    // Another language's stamp says nothing about this one.
    expect(
      translationStatus("Court hearing postponed", { ru: { title: "Суд" } }, stamp("Court hearing"), "title", "ru"),
    ).toBe("current");
  });
});

describe("translation inputs", () => {
  const schema = z.object(translationShape({ title: 10 }));

  it("parse to edits per field and language, with the 'still accurate' boxes", () => {
    const input = schema.parse({ title__az: " Başlıq ", title__ru: "", accurate__az__title: "on" });
    expect(translationEdits(input, ["title"])).toEqual([
      { field: "title", locale: "az", text: "Başlıq", accurate: true },
      { field: "title", locale: "ru", text: null, accurate: false },
    ]);
  });

  it("refuse a translation longer than its English may be, on its own field", () => {
    const result = schema.safeParse({ title__ru: "я".repeat(11) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["title__ru"]);
  });
});
