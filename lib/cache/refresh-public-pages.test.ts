import { beforeEach, describe, expect, it, vi } from "vitest";

const revalidatePath = vi.fn();
vi.mock("next/cache", () => ({ revalidatePath }));
vi.mock("server-only", () => ({}));

describe("refreshPublicPages", () => {
  beforeEach(() => revalidatePath.mockClear());

  it("marks every page under the root layout stale, once", async () => {
    const { refreshPublicPages } = await import("./refresh-public-pages");
    refreshPublicPages();
    // The root layout covers every locale, list, profile, statement and share card.
    expect(revalidatePath).toHaveBeenCalledExactlyOnceWith("/", "layout");
  });
});
