import { describe, expect, it } from "vitest";
import { createGroupCommit, whenGroupCommitsIdle } from "./group-commit";

describe("group commit", () => {
  it("writes items submitted together in one write and answers each caller with its own result", async () => {
    const writes: number[][] = [];
    const submit = createGroupCommit(
      async (items: number[]) => {
        writes.push(items);
        return items.map((item) => item * 10);
      },
      { maxBatch: 100 },
    );
    const results = await Promise.all([1, 2, 3, 4, 5].map(submit));
    expect(results).toEqual([10, 20, 30, 40, 50]);
    expect(writes).toEqual([[1, 2, 3, 4, 5]]);
  });

  it("queues what arrives during a write for the next one, and never runs two writes at once", async () => {
    const writes: number[][] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    let release!: () => void;
    const firstWriteHeld = new Promise<void>((resolve) => (release = resolve));
    const submit = createGroupCommit(
      async (items: number[]) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        writes.push(items);
        if (writes.length === 1) await firstWriteHeld;
        inFlight--;
        return items;
      },
      { maxBatch: 100 },
    );
    const first = submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3, 4].map(submit);
    release();
    expect(await Promise.all([first, ...later])).toEqual([1, 2, 3, 4]);
    expect(writes).toEqual([[1], [2, 3, 4]]);
    expect(maxInFlight).toBe(1);
  });

  it("splits a crowd into writes of at most maxBatch", async () => {
    const sizes: number[] = [];
    const submit = createGroupCommit(
      async (items: number[]) => {
        sizes.push(items.length);
        return items;
      },
      { maxBatch: 4 },
    );
    await Promise.all(Array.from({ length: 10 }, (_, i) => submit(i)));
    expect(sizes).toEqual([4, 4, 2]);
  });

  it("rejects every caller of a failed write, and keeps serving afterwards", async () => {
    let fail = true;
    const submit = createGroupCommit(
      async (items: string[]) => {
        if (fail) throw new Error("database away");
        return items;
      },
      { maxBatch: 100 },
    );
    const outcomes = await Promise.allSettled([submit("a"), submit("b")]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected"]);
    fail = false;
    expect(await submit("c")).toBe("c");
  });

  it("lets shutdown wait until a write in progress and the items queued behind it are committed", async () => {
    const written: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const submit = createGroupCommit(
      async (items: string[]) => {
        if (written.length === 0) await held;
        written.push(...items);
        return items;
      },
      { maxBatch: 100 },
    );
    void submit("first");
    await new Promise((resolve) => setImmediate(resolve));
    void submit("queued behind it");
    let idle = false;
    const waiting = whenGroupCommitsIdle().then(() => (idle = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(idle).toBe(false);
    release();
    await waiting;
    expect(written).toEqual(["first", "queued behind it"]);
  });
});
