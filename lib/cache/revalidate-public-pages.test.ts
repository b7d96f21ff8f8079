import { beforeEach, describe, expect, it, vi } from "vitest";

const revalidatePath = vi.fn();
vi.mock("next/cache", () => ({ revalidatePath }));
vi.mock("server-only", () => ({}));

describe("revalidatePublicPages", () => {
  beforeEach(() => revalidatePath.mockClear());

  it("marks every page under the root layout stale, whatever path changed", async () => {
    const { revalidatePublicPages } = await import("./revalidate-public-pages");
    revalidatePublicPages(["/detainees/uzeyir-mammadov"]);
    // The root layout covers every locale, list, profile, statement and share card.
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
  });
});
