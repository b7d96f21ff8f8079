import { describe, expect, it } from "vitest";
import { z } from "zod";
import { optionalField, optionalText } from "./text-fields";

describe("text fields", () => {
  it("optionalText trims, stores an empty field as null and names its limit", () => {
    expect(optionalText(5).parse("  Baku ")).toBe("Baku");
    expect(optionalText(5).parse("   ")).toBeNull();
    expect(optionalText(5).safeParse("Sumqayit").error?.issues[0]?.message).toBe("Use at most 5 characters.");
  });

  it("optionalField treats a blank field as not given, and checks anything else", () => {
    const year = optionalField(z.coerce.number().int());
    expect(year.parse(" ")).toBeUndefined();
    expect(year.parse(undefined)).toBeUndefined();
    expect(year.parse("2013")).toBe(2013);
    expect(year.safeParse("soon").success).toBe(false);
  });
});

describe("control characters", () => {
  it("names each form field that holds one, and lets tabs and line breaks through", async () => {
    const { controlCharacterErrors } = await import("./text-fields");
    expect(controlCharacterErrors({ name: "Leyla\u0000", note: "line\r\nline\ttab", tags: ["a", "b\u007f"] })).toEqual({
      name: ["Remove the control characters (such as NUL) from this field."],
      tags: ["Remove the control characters (such as NUL) from this field."],
    });
    expect(controlCharacterErrors({ name: "Məmmədov", note: "Мамедов" })).toBeNull();
  });

  it("refuses route parameters PostgreSQL would refuse or no real key is", async () => {
    const { isRouteParam } = await import("./text-fields");
    expect(isRouteParam("rashadat-akhundov")).toBe(true);
    expect(isRouteParam("a\u0000b")).toBe(false);
    expect(isRouteParam("")).toBe(false);
    expect(isRouteParam("x".repeat(201))).toBe(false);
  });
});
