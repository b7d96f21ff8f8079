import { afterEach, describe, expect, it, vi } from "vitest";
import { onionLocationFor } from "./onion-location";

afterEach(() => vi.unstubAllEnvs());

describe("onionLocationFor", () => {
  it("points at the same page on the onion service", () => {
    vi.stubEnv("ONION_LOCATION", "http://exampleonionaddress.onion/");
    expect(onionLocationFor("/az/detainees?status=RELEASED")).toBe(
      "http://exampleonionaddress.onion/az/detainees?status=RELEASED",
    );
  });

  it("sends nothing when no onion service is configured", () => {
    vi.stubEnv("ONION_LOCATION", undefined);
    expect(onionLocationFor("/")).toBeUndefined();
  });
});
