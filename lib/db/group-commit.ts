import "server-only";

// Every group commit in this process, as "resolves when nothing is queued or being
// written". Kept on globalThis: Next may load this module more than once.
const inFlightKey = Symbol.for("free-voices.group-commits");
const inFlight = ((globalThis as unknown as { [inFlightKey]?: Set<() => Promise<void>> })[inFlightKey] ??= new Set());

/**
 * Group commit: items submitted by concurrent requests are written together, one
 * round trip for many, instead of one round trip (and one commit) each. While a
 * write is in flight, new items queue and go in the next write; an idle queue
 * writes on the next turn of the event loop, so a lone caller waits for no timer.
 * `write` returns one result per item, in order; if it throws, every caller in that
 * write gets the error.
 */
export function createGroupCommit<T, R>(write: (items: T[]) => Promise<R[]>, options: { maxBatch: number }) {
  type Entry = { item: T; resolve: (result: R) => void; reject: (error: unknown) => void };
  let queue: Entry[] = [];
  let scheduled = false;
  let writing = false;
  let idle: { promise: Promise<void>; resolve: () => void } | undefined;
  inFlight.add(() => {
    if (queue.length === 0 && !writing && !scheduled) return Promise.resolve();
    if (!idle) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      idle = { promise, resolve };
    }
    return idle.promise;
  });

  async function drain() {
    scheduled = false;
    if (writing) return;
    writing = true;
    try {
      while (queue.length > 0) {
        const batch = queue.slice(0, options.maxBatch);
        queue = queue.slice(batch.length);
        try {
          const results = await write(batch.map((entry) => entry.item));
          batch.forEach((entry, i) => entry.resolve(results[i]!));
        } catch (error) {
          for (const entry of batch) entry.reject(error);
        }
      }
    } finally {
      writing = false;
      if (queue.length === 0) {
        idle?.resolve();
        idle = undefined;
      }
    }
  }

  return function submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!scheduled && !writing) {
        scheduled = true;
        setImmediate(() => void drain());
      }
    });
  };
}

/**
 * Resolves once every group commit has written what it was given: at shutdown, a
 * signature whose request is still waiting (or whose client went away) is committed
 * before the pools close.
 */
export async function whenGroupCommitsIdle(): Promise<void> {
  await Promise.all([...inFlight].map((waitIdle) => waitIdle()));
}
