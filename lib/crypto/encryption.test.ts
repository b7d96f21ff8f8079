import { beforeAll, describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { decrypt, decryptText, encrypt, encryptToText } from "./encryption";

beforeAll(() => {
  process.env.DATA_ENCRYPTION_KEY = crypto.randomBytes(32).toString("hex");
});

describe("encryption", () => {
  it("round-trips text and never repeats a ciphertext", () => {
    const a = encrypt("JBSWY3DPEHPK3PXP");
    const b = encrypt("JBSWY3DPEHPK3PXP");
    expect(a.equals(b)).toBe(false);
    expect(decrypt(a)).toBe("JBSWY3DPEHPK3PXP");
    expect(decryptText(encryptToText("Məmmədov ✓"))).toBe("Məmmədov ✓");
  });

  it("refuses a tampered value", () => {
    const sealed = encrypt("secret");
    sealed[sealed.length - 1] = sealed[sealed.length - 1]! ^ 1;
    expect(() => decrypt(sealed)).toThrow();
  });

  it("refuses a value sealed with another key", () => {
    const sealed = encrypt("secret");
    process.env.DATA_ENCRYPTION_KEY = crypto.randomBytes(32).toString("hex");
    expect(() => decrypt(sealed)).toThrow();
  });
});
