import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

const h = (xff?: string) => new Headers(xff ? { "x-forwarded-for": xff } : {});

describe("clientIp", () => {
  it("takes the address the nearest trusted proxy appended", () => {
    expect(clientIp(h("6.6.6.6, 1.2.3.4"), 1)).toBe("1.2.3.4");
    expect(clientIp(h("6.6.6.6, 1.2.3.4, 10.0.0.1"), 2)).toBe("1.2.3.4");
    expect(clientIp(h("1.2.3.4"), 0)).toBe("1.2.3.4");
    expect(clientIp(h("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientIp(h(), 0)).toBe("unknown");
  });

  it("groups IPv6 addresses by /64", () => {
    expect(clientIp(h("2001:db8:0:1::5"), 1)).toBe("2001:db8:0:1::/64");
    expect(clientIp(h("2001:DB8:0:1:aaaa:bbbb:cccc:dddd"), 1)).toBe("2001:db8:0:1::/64");
  });
});
