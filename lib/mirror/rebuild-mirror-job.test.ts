import { beforeEach, describe, expect, it, vi } from "vitest";

const buildMirror = vi.fn(async () => ({}));
vi.mock("./build-mirror", () => ({ buildMirror }));
vi.mock("server-only", () => ({}));

const { requestMirrorRebuild, runMirrorRebuild } = await import("./rebuild-mirror-job");
const minute = 60_000;

describe("the mirror rebuild job", () => {
  beforeEach(async () => {
    vi.stubEnv("MIRROR_DEBOUNCE_SECONDS", "300");
    vi.stubEnv("APP_URL", "https://freevoices.example");
    // Settle whatever the module's start-up request left.
    await runMirrorRebuild(Date.now() + 60 * minute);
    buildMirror.mockClear();
  });

  it("waits five minutes after the last published change, then builds one copy for a burst of edits", async () => {
    const t0 = 1_000_000_000_000;
    requestMirrorRebuild(t0);
    requestMirrorRebuild(t0 + 2 * minute);
    expect(await runMirrorRebuild(t0 + 6 * minute)).toBe(false);
    expect(buildMirror).not.toHaveBeenCalled();
    expect(await runMirrorRebuild(t0 + 7 * minute)).toBe(true);
    expect(buildMirror).toHaveBeenCalledTimes(1);
    expect(buildMirror).toHaveBeenCalledWith(
      expect.objectContaining({ origin: "https://freevoices.example", liveUrl: "https://freevoices.example" }),
    );
    expect(await runMirrorRebuild(t0 + 20 * minute)).toBe(false);
    expect(buildMirror).toHaveBeenCalledTimes(1);
  });

  it("tries again after a failed build", async () => {
    const t0 = 2_000_000_000_000;
    requestMirrorRebuild(t0);
    buildMirror.mockRejectedValueOnce(new Error("app not answering"));
    await expect(runMirrorRebuild(t0 + 10 * minute)).rejects.toThrow("app not answering");
    expect(await runMirrorRebuild(t0 + 11 * minute)).toBe(true);
    expect(buildMirror).toHaveBeenCalledTimes(2);
  });
});
