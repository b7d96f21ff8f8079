import { describe, expect, it } from "vitest";
import { signPetitionSchema } from "./schemas";

const valid = { name: "Günel Məmmədova", email: "g@example.org", country: "az", consentVersion: "1" };
const errorsOf = (input: Record<string, unknown>) => {
  const result = signPetitionSchema.safeParse({ ...valid, ...input });
  const errors: Record<string, string> = {};
  // The form shows the first message per field.
  if (!result.success) for (const issue of result.error.issues) errors[String(issue.path[0])] ??= issue.message;
  return errors;
};

describe("signPetitionSchema", () => {
  it("accepts names in any script, right-to-left ones included", () => {
    expect(errorsOf({})).toEqual({});
    expect(errorsOf({ name: "Рашад Гусейнов" })).toEqual({});
    expect(errorsOf({ name: "محمد رضا" })).toEqual({});
    expect(errorsOf({ name: "Anne-Marie O'Neil" })).toEqual({});
    expect(signPetitionSchema.parse(valid).country).toBe("AZ");
  });

  it("refuses names that start a spreadsheet formula or carry a link", () => {
    for (const name of ["=HYPERLINK(1)", "+1", "-x", "@me"])
      expect(errorsOf({ name })).toEqual({ name: "nameFormula" });
    for (const name of ["visit http://x.example", "www.spam", "buy cheap.com now"])
      expect(errorsOf({ name })).toEqual({ name: "nameUrl" });
  });

  it("refuses HTML, control characters, bidi overrides and huge values", () => {
    expect(errorsOf({ name: "<script>alert(1)</script>" })).toEqual({ name: "nameHtml" });
    expect(errorsOf({ name: "Ali\u0000Veli" })).toEqual({ name: "nameControl" });
    expect(errorsOf({ name: "Ali \u202Eilev" })).toEqual({ name: "nameControl" });
    expect(errorsOf({ name: "x".repeat(100_000) })).toEqual({ name: "nameTooLong" });
    expect(errorsOf({ email: `${"a".repeat(300)}@example.org` })).toEqual({ email: "emailTooLong" });
  });

  it("refuses unknown countries and bad emails", () => {
    expect(errorsOf({ country: "XX" })).toEqual({ country: "countryInvalid" });
    expect(errorsOf({ country: "" })).toEqual({ country: "countryRequired" });
    expect(errorsOf({ email: "not-an-email" })).toEqual({ email: "emailInvalid" });
    expect(errorsOf({ name: "", email: "" })).toEqual({ name: "nameRequired", email: "emailRequired" });
  });
});
