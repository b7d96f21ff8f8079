import { describe, expect, it } from "vitest";
import { alertKindForChange } from "./alert-kind";

const held = { status: "PRE_TRIAL_DETENTION" as const, placeOfDetention: "Kurdakhani" };

describe("which saves offer an alert to signers", () => {
  it("a release, an acquittal, a sentence and a transfer do", () => {
    expect(alertKindForChange(held, { ...held, status: "RELEASED" })).toBe("released");
    expect(alertKindForChange(held, { ...held, status: "ACQUITTED" })).toBe("released");
    expect(alertKindForChange(held, { ...held, status: "SERVING_SENTENCE" })).toBe("sentenced");
    expect(alertKindForChange(held, { ...held, placeOfDetention: "Prison no. 2" })).toBe("transferred");
  });

  it("other saves do not", () => {
    expect(alertKindForChange(held, held)).toBeNull();
    expect(alertKindForChange(held, { ...held, status: "ON_TRIAL" })).toBeNull();
    expect(alertKindForChange(held, { ...held, placeOfDetention: null })).toBeNull();
    const free = { status: "RELEASED" as const, placeOfDetention: null };
    expect(alertKindForChange(free, { ...free, placeOfDetention: "Baku" })).toBeNull();
  });
});
