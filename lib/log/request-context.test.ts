import { describe, expect, it } from "vitest";
import { requestIdFrom } from "./request-context";

describe("request ids", () => {
  it("keeps a well-formed id from the proxy (nginx's $request_id, a UUID)", () => {
    expect(requestIdFrom("9f86d081884c7d659a2feaa0c55ad015")).toBe("9f86d081884c7d659a2feaa0c55ad015");
    expect(requestIdFrom("0b1e6f0e-4b4e-4d7c-9a55-3f1c1d2e3a4b")).toBe("0b1e6f0e-4b4e-4d7c-9a55-3f1c1d2e3a4b");
  });

  it("replaces a missing, overlong or hostile id with a fresh UUID instead of echoing it", () => {
    for (const bad of [
      undefined,
      "",
      "short",
      "x".repeat(101),
      "abc def ghi",
      "id\r\nSet-Cookie: a=b",
      "<script>1</script>",
    ]) {
      const id = requestIdFrom(bad);
      expect(id).not.toBe(bad);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
