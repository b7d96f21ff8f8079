import { afterEach, describe, expect, it } from "vitest";
import { clientIp, PEER_HEADER, UNKNOWN_CLIENT } from "./client-ip";

const LOADED = Symbol.for("free-voices.peer-address-loaded");
const h = (values: Record<string, string> = {}) => new Headers(values);
const withPreload = (loaded: boolean) => {
  (globalThis as Record<symbol, unknown>)[LOADED] = loaded || undefined;
};

afterEach(() => withPreload(false));

describe("clientIp behind trusted proxies", () => {
  it("takes the address the nearest trusted proxy appended, never one further left", () => {
    expect(clientIp(h({ "x-forwarded-for": "6.6.6.6, 1.2.3.4" }), 1)).toBe("1.2.3.4");
    expect(clientIp(h({ "x-forwarded-for": "6.6.6.6, 1.2.3.4, 10.0.0.1" }), 2)).toBe("1.2.3.4");
    expect(clientIp(h({ "x-forwarded-for": "::ffff:127.0.0.1" }), 1)).toBe("127.0.0.1");
    expect(clientIp(h(), 1)).toBe(UNKNOWN_CLIENT);
  });

  it("groups IPv6 addresses by /64", () => {
    expect(clientIp(h({ "x-forwarded-for": "2001:db8:0:1::5" }), 1)).toBe("2001:db8:0:1::/64");
    expect(clientIp(h({ "x-forwarded-for": "2001:DB8:0:1:aaaa:bbbb:cccc:dddd" }), 1)).toBe("2001:db8:0:1::/64");
  });
});

describe("clientIp with no proxy (TRUST_PROXY_HOPS=0)", () => {
  it("ignores X-Forwarded-For: a client cannot choose its own rate-limit bucket", () => {
    withPreload(true);
    const forged = (xff: string) => clientIp(h({ "x-forwarded-for": xff, [PEER_HEADER]: "192.0.2.7" }), 0);
    expect(forged("1.2.3.4")).toBe("192.0.2.7");
    expect(forged("5.6.7.8")).toBe("192.0.2.7");
    expect(clientIp(h({ [PEER_HEADER]: "::ffff:127.0.0.1" }), 0)).toBe("127.0.0.1");
  });

  it("without the launcher's socket address, every request shares one bucket", () => {
    withPreload(false);
    // Anyone could send the peer header themselves when the preload is not there to replace it.
    expect(clientIp(h({ "x-forwarded-for": "1.2.3.4", [PEER_HEADER]: "5.6.7.8" }), 0)).toBe(UNKNOWN_CLIENT);
    expect(clientIp(h({ "x-forwarded-for": "9.9.9.9" }), 0)).toBe(UNKNOWN_CLIENT);
  });
});
