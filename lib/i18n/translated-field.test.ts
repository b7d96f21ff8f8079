import { describe, expect, it } from "vitest";
import { translatedField } from "./translated-field";

describe("translatedField", () => {
  const translations = { az: { title: "Azad edin" }, ru: { title: "" } };

  it("uses the translation when there is one", () => {
    expect(translatedField("Free them", translations, "title", "az")).toEqual({
      value: "Azad edin",
      isFallback: false,
    });
  });

  it("falls back to English, marked, when the translation is missing or empty", () => {
    expect(translatedField("Free them", translations, "title", "ru")).toEqual({ value: "Free them", isFallback: true });
    expect(translatedField("Free them", {}, "title", "az")).toEqual({ value: "Free them", isFallback: true });
  });

  it("never marks English as a fallback", () => {
    expect(translatedField("Free them", translations, "title", "en").isFallback).toBe(false);
  });
});
