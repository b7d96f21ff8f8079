import { describe, expect, it } from "vitest";
import { isPartnerEmbedRequest } from "./embed-origin";

const partner = "https://partner.example.org";
const headers = (entries: Record<string, string>) => new Headers(entries);

describe("isPartnerEmbedRequest", () => {
  it("accepts a cross-site post from the partner's own origin", () => {
    expect(isPartnerEmbedRequest(headers({ origin: partner, "sec-fetch-site": "cross-site" }), partner)).toBe(true);
    expect(isPartnerEmbedRequest(headers({ origin: partner }), partner)).toBe(true);
  });

  it("refuses another site, a look-alike, a missing or null origin, and an unknown partner", () => {
    expect(
      isPartnerEmbedRequest(headers({ origin: "https://evil.example", "sec-fetch-site": "cross-site" }), partner),
    ).toBe(false);
    expect(isPartnerEmbedRequest(headers({ origin: "https://partner.example.org.evil.example" }), partner)).toBe(false);
    expect(isPartnerEmbedRequest(headers({ origin: "http://partner.example.org" }), partner)).toBe(false);
    expect(isPartnerEmbedRequest(headers({ origin: "https://partner.example.org:8443" }), partner)).toBe(false);
    expect(isPartnerEmbedRequest(headers({ "sec-fetch-site": "cross-site" }), partner)).toBe(false);
    expect(isPartnerEmbedRequest(headers({ origin: "null" }), partner)).toBe(false);
    expect(isPartnerEmbedRequest(headers({ origin: partner }), null)).toBe(false);
  });

  it("refuses a request the browser calls same-origin or user-initiated", () => {
    expect(isPartnerEmbedRequest(headers({ origin: partner, "sec-fetch-site": "same-origin" }), partner)).toBe(false);
    expect(isPartnerEmbedRequest(headers({ origin: partner, "sec-fetch-site": "none" }), partner)).toBe(false);
  });
});
