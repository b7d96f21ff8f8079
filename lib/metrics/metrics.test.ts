import { describe, expect, it } from "vitest";
import { routeGroup } from "./metrics";

describe("route groups for request metrics", () => {
  it("puts every path in one of a few groups, so a token in a path never becomes a label", () => {
    expect(routeGroup("/petition/confirm/3q2+7w-secret-token")).toBe("petition-page");
    expect(routeGroup("/az/petition/my-signature/another-token?x=1")).toBe("petition-page");
    expect(routeGroup("/admin/invite/invite-token")).toBe("admin");
    expect(routeGroup("/api/petition/sign")).toBe("api-petition");
    expect(routeGroup("/api/v1/detainees/some-slug")).toBe("api-v1");
    expect(routeGroup("/api/ready")).toBe("ops");
    expect(routeGroup("/_next/static/chunks/a.js")).toBe("static");
    expect(routeGroup("/ru/detainees/anar-mammadli")).toBe("page");
    expect(routeGroup("/ru/feed.xml")).toBe("feed");
  });
});
