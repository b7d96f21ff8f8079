import "server-only";

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
