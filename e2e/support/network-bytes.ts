import type { CDPSession, Page } from "@playwright/test";

export type ResourceBytes = { url: string; type: string; bytes: number; cached: boolean };

/**
 * Counts what a page really pulls over the wire, through Chromium's own Network events:
 * `encodedDataLength` is the compressed size plus headers, and a response served from
 * the memory or disk cache is marked, so a repeat visit counts only bytes fetched.
 */
export async function recordNetwork(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  const byId = new Map<string, ResourceBytes>();
  const entry = (id: string) => {
    let found = byId.get(id);
    if (!found) {
      found = { url: "", type: "", bytes: 0, cached: false };
      byId.set(id, found);
    }
    return found;
  };
  cdp.on("Network.requestWillBeSent", (event) => {
    const found = entry(event.requestId);
    found.url = event.request.url;
    found.type = event.type ?? "";
  });
  cdp.on("Network.requestServedFromCache", (event) => {
    entry(event.requestId).cached = true;
  });
  cdp.on("Network.responseReceived", (event) => {
    const found = entry(event.requestId);
    if (event.response.fromDiskCache || event.response.fromPrefetchCache || event.response.fromServiceWorker) {
      found.cached = true;
    }
  });
  cdp.on("Network.loadingFinished", (event) => {
    entry(event.requestId).bytes = event.encodedDataLength;
  });
  return {
    /** Forgets what was counted so far (between a first and a repeat visit). */
    reset: () => byId.clear(),
    /** Resources fetched over the network, largest first. */
    fetched: (): ResourceBytes[] =>
      [...byId.values()].filter((r) => !r.cached && r.url.startsWith("http")).sort((a, b) => b.bytes - a.bytes),
    detach: () => cdp.detach(),
  };
}

export function totalBytes(resources: ResourceBytes[]): number {
  return resources.reduce((sum, r) => sum + r.bytes, 0);
}

/** A table of what the bytes were, for a failure message or the log. */
export function describeBytes(resources: ResourceBytes[]): string {
  return resources
    .map(
      (r) => `${String(r.bytes).padStart(8)}  ${r.type.padEnd(10)} ${new URL(r.url).pathname}${new URL(r.url).search}`,
    )
    .join("\n");
}
