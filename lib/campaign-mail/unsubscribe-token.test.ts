import { beforeAll, describe, expect, it } from "vitest";

beforeAll(() => {
  process.env.SIGNATURE_PEPPER ||= "test-pepper-for-unsubscribe-tokens-0123456789";
});

describe("unsubscribe tokens", () => {
  it("name the signature they were made for, and nothing else", async () => {
    const { unsubscribeTokenFor, signatureIdOfUnsubscribeToken } = await import("./unsubscribe-token");
    const id = "4f0c4c4e-8a51-4a55-9d1e-1f1c3b0c9a11";
    const token = unsubscribeTokenFor(id);
    expect(signatureIdOfUnsubscribeToken(token)).toBe(id);
    // Someone who knows a signature id cannot make a link for it.
    const other = "5f0c4c4e-8a51-4a55-9d1e-1f1c3b0c9a11";
    expect(signatureIdOfUnsubscribeToken(`${other}.${token.split(".")[1]}`)).toBeNull();
    expect(signatureIdOfUnsubscribeToken(`${id}.AAAAAAAAAAAAAAAAAAAAAA`)).toBeNull();
    expect(signatureIdOfUnsubscribeToken("not a token")).toBeNull();
  });
});
