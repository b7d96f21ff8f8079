import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

const app = "https://freevoices.example";

describe("isSameOriginRequest", () => {
  it("trusts the browser's Sec-Fetch-Site", () => {
    expect(isSameOriginRequest(new Headers({ "sec-fetch-site": "same-origin" }), app)).toBe(true);
    expect(isSameOriginRequest(new Headers({ "sec-fetch-site": "cross-site", origin: app }), app)).toBe(false);
    expect(isSameOriginRequest(new Headers({ "sec-fetch-site": "same-site" }), app)).toBe(false);
  });

  it("falls back to Origin", () => {
    expect(isSameOriginRequest(new Headers({ origin: app }), app)).toBe(true);
    expect(isSameOriginRequest(new Headers({ origin: "https://evil.example", host: "freevoices.example" }), app)).toBe(
      false,
    );
  });

  it("refuses a request with neither header unless told otherwise", () => {
    expect(isSameOriginRequest(new Headers(), app)).toBe(false);
    expect(isSameOriginRequest(new Headers(), app, { allowMissing: true })).toBe(true);
  });
});
