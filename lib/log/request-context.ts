import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

// The request id of the request being served, for every log line written while
// serving it. The HTTP server (scripts/serve.ts) sets it; code bundled by Next reads
// it through the same store (one per process, found through a registered symbol).
type RequestContext = { requestId: string };

const key = Symbol.for("free-voices.request-context");
const store = globalThis as unknown as { [key]?: AsyncLocalStorage<RequestContext> };
const requests = (store[key] ??= new AsyncLocalStorage<RequestContext>());

export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return requests.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return requests.getStore()?.requestId;
}

// What a proxy may send: nginx's $request_id (32 hex), a UUID, a trace id. Anything
// else (too long, spaces, a header injection attempt) is replaced, not echoed.
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,100}$/;

/** The incoming X-Request-Id when it is well formed, else a new one. */
export function requestIdFrom(header: string | string[] | undefined | null): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && WELL_FORMED.test(value) ? value : randomUUID();
}
