import { describe, expect, it } from "vitest";
import { describeDevice } from "./describe-device";

describe("describeDevice", () => {
  it("names the browser and system, nothing that identifies the person", () => {
    expect(describeDevice("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")).toBe(
      "Firefox on Linux",
    );
    expect(
      describeDevice(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      ),
    ).toBe("Chrome on Windows");
  });

  it("says so when there is nothing to go on, and keeps odd input short", () => {
    expect(describeDevice(null)).toBe("Unknown device");
    expect(describeDevice("x".repeat(10_000)).length).toBeLessThanOrEqual(100);
  });
});
