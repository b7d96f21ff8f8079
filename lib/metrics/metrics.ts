import client from "prom-client";

// Per-instance Prometheus metrics. The HTTP server (scripts/serve.ts) counts requests and
// the app code bundled by Next counts signatures: each loads its own copy of this file,
// so the registry lives on globalThis under a registered symbol.
type Metrics = {
  registry: client.Registry;
  requests: client.Counter<"group" | "status">;
  duration: client.Histogram<"group">;
  signatures: client.Counter<"outcome">;
  outboxBacklog: client.Gauge;
  pageCache: client.Counter<"result">;
};

const key = Symbol.for("free-voices.metrics");
const store = globalThis as unknown as { [key]?: Metrics };

export function metrics(): Metrics {
  return (store[key] ??= createMetrics());
}

function createMetrics(): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "freevoices_" });
  const registers = [registry];
  return {
    registry,
    requests: new client.Counter({
      name: "freevoices_http_requests_total",
      help: "HTTP requests answered, by route group and status code.",
      labelNames: ["group", "status"],
      registers,
    }),
    duration: new client.Histogram({
      name: "freevoices_http_request_duration_seconds",
      help: "Time from a request's arrival to the end of its response, by route group.",
      labelNames: ["group"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    signatures: new client.Counter({
      name: "freevoices_signatures_total",
      help: "Petition signatures submitted, by outcome: accepted, challenged (proof-of-work asked), refused (rate limit or closed petition), invalid, unavailable (database).",
      labelNames: ["outcome"],
      registers,
    }),
    outboxBacklog: new client.Gauge({
      name: "freevoices_outbox_backlog",
      help: "Mails waiting in the outbox (pending or being sent), read from the database at scrape time.",
      registers,
    }),
    pageCache: new client.Counter({
      name: "freevoices_page_cache_total",
      help: "Responses that Next served from its page cache, by result (HIT, STALE, MISS, REVALIDATED), from the x-nextjs-cache header.",
      labelNames: ["result"],
      registers,
    }),
  };
}

// Few, fixed label values: a path never becomes a label (unbounded, and it may hold a token).
const GROUPS: [RegExp, string][] = [
  [/^\/_next\//, "static"],
  [/^\/api\/(health|ready|metrics)(\/|$)/, "ops"],
  [/^\/api\/petition\//, "api-petition"],
  [/^\/api\/v1\//, "api-v1"],
  [/^\/api\/auth\//, "auth"],
  [/^\/api\//, "api-other"],
  [/^\/admin(\/|$)/, "admin"],
  [/^\/media\//, "media"],
  [/^\/(az\/|ru\/)?feed\.xml$/, "feed"],
  [/^\/(az|ru)?\/?petition(\/|$)/, "petition-page"],
  [/\.(ico|png|svg|txt|xml|webmanifest|jpg|webp)$/, "static"],
];

/** The route group of a request path, for metrics labels. */
export function routeGroup(path: string): string {
  const pathname = path.split("?")[0] ?? "/";
  for (const [pattern, group] of GROUPS) if (pattern.test(pathname)) return group;
  return "page";
}

export type SignatureOutcome = "accepted" | "challenged" | "refused" | "invalid" | "unavailable";

export function countSignature(outcome: SignatureOutcome) {
  metrics().signatures.inc({ outcome });
}
