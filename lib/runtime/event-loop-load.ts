import { performance } from "node:perf_hooks";

// How busy this process's event loop has been over the last half second. Background
// work (sending mail) reads it to give way to requests during a spike: a signer
// waiting for an answer matters more than a confirmation mail leaving a minute later.
const SAMPLE_MS = 500;
const BUSY_ABOVE = 0.8;

const globalForLoad = globalThis as unknown as { eventLoopLoad?: { busy: boolean } };

/** True when the event loop was more than 80% busy in the last sample. */
export function isEventLoopBusy(): boolean {
  if (!globalForLoad.eventLoopLoad) {
    const state = { busy: false };
    let last = performance.eventLoopUtilization();
    setInterval(() => {
      const now = performance.eventLoopUtilization();
      state.busy = performance.eventLoopUtilization(now, last).utilization > BUSY_ABOVE;
      last = now;
    }, SAMPLE_MS).unref();
    globalForLoad.eventLoopLoad = state;
  }
  return globalForLoad.eventLoopLoad.busy;
}
