import { describe, expect, it } from "vitest";
import { diffChanges } from "./diff-changes";

describe("diffChanges", () => {
  it("lists only the fields that changed, with both values", () => {
    expect(
      diffChanges({ status: "ON_TRIAL", name: "A", version: 1 }, { status: "RELEASED", name: "A", version: 2 }),
    ).toEqual({
      status: { from: "ON_TRIAL", to: "RELEASED" },
    });
  });

  it("treats empty strings and missing values alike and compares dates by instant", () => {
    const d = new Date("2013-03-01T00:00:00Z");
    expect(diffChanges({ a: null, d }, { a: "", d: new Date(d) })).toEqual({});
  });

  it("never writes a secret's value", () => {
    const changes = diffChanges(
      { passwordHash: "$argon2id$old", totpSecretEncrypted: "x" },
      { passwordHash: "$argon2id$new", totpSecretEncrypted: "y" },
    );
    expect(JSON.stringify(changes)).not.toContain("argon2");
    expect(changes.passwordHash).toEqual({ from: "[secret]", to: "[secret]" });
  });
});
