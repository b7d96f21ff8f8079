import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { openAddress, openPayload, sealAddress, sealPayload } from "./seal-outbox-message";
import { renderTemplate } from "./templates";

beforeAll(() => {
  process.env.DATA_ENCRYPTION_KEY ||= crypto.randomBytes(32).toString("hex");
});

describe("outbox sealing", () => {
  it("keeps the address and the link unreadable while the mail waits", () => {
    const sealed = sealAddress("someone@example.org");
    expect(sealed).not.toContain("someone");
    expect(openAddress(sealed)).toBe("someone@example.org");
    // Rows written by other features with a plain address still work.
    expect(openAddress("plain@example.org")).toBe("plain@example.org");

    const payload = sealPayload("ru", { url: "https://x.example/petition/confirm/secret-token" });
    expect(JSON.stringify(payload)).not.toContain("secret-token");
    expect(openPayload(payload)).toEqual({
      locale: "ru",
      data: { url: "https://x.example/petition/confirm/secret-token" },
    });
  });

  it("renders the confirmation mail in the signer's language with the link on its own line", () => {
    const url = "https://x.example/az/petition/confirm/abc";
    const mail = renderTemplate("petition-confirm", "az", { url });
    expect(mail.subject).toBe("İmzanızı təsdiqləyin");
    expect(mail.text.split("\n")).toContain(url);
    expect(() => renderTemplate("unknown", "en", {})).toThrow();
  });
});
