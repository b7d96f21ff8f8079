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
