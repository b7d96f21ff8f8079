import { describe, expect, it } from "vitest";
import { isInsecureLocalAllowed, isLoopbackHost } from "./launch-checks";

describe("launch checks", () => {
  it("knows the addresses that stay on this machine", () => {
    for (const host of ["127.0.0.1", "127.0.0.53", "::1", "[::1]", "localhost", "LOCALHOST"])
      expect(isLoopbackHost(host)).toBe(true);
    for (const host of ["0.0.0.0", "::", "10.0.0.5", "freevoices.example", "localhost.example"])
      expect(isLoopbackHost(host)).toBe(false);
  });

  it("honours ALLOW_INSECURE_LOCAL only when both the listening address and the public URL are local", () => {
    const local = { ALLOW_INSECURE_LOCAL: "1", HOST: "127.0.0.1", APP_URL: "http://127.0.0.1:3100" };
    expect(isInsecureLocalAllowed(local)).toBe(true);
    expect(isInsecureLocalAllowed({ ...local, HOST: "0.0.0.0" })).toBe(false);
    expect(isInsecureLocalAllowed({ ...local, APP_URL: "http://freevoices.example" })).toBe(false);
    expect(isInsecureLocalAllowed({ ...local, ALLOW_INSECURE_LOCAL: "true" })).toBe(false);
  });
});
