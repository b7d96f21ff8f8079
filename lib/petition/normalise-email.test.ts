import { describe, expect, it } from "vitest";
import { normaliseEmail } from "./normalise-email";

describe("normaliseEmail", () => {
  it("folds case everywhere", () => {
    expect(normaliseEmail(" Ali.Veli@Example.ORG ").address).toBe("ali.veli@example.org");
  });

  it("drops dots and plus-tags where the provider ignores them", () => {
    expect(normaliseEmail("A.l.i+petition@gmail.com").address).toBe("ali@gmail.com");
    expect(normaliseEmail("ali@googlemail.com").address).toBe("ali@gmail.com");
    expect(normaliseEmail("a.li+x@outlook.com").address).toBe("a.li@outlook.com");
  });

  it("keeps dots and plus signs for providers that treat them as different mailboxes", () => {
    expect(normaliseEmail("a.li+x@example.org").address).toBe("a.li+x@example.org");
  });
});
