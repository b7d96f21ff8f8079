/**
 * The production HTTP server, started by scripts/start.ts in a child process in place of
 * `next start` (docs/decisions/007-logs-metrics-shutdown.md): Next's own request
 * handler behind a Node HTTP server that this project controls, for three things
 * `next start` cannot do: a request id and request metrics around every request,
 * and a graceful shutdown on SIGTERM that drains before it closes and finishes the
 * app's background work before it exits 0.
 *
 *   node --import tsx scripts/serve.ts <port> <host>
 */
import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { format } from "node:util";
import next from "next";
import { env } from "../lib/config/env";
import { errorField, logger } from "../lib/log/logger";
import { requestIdFrom, runWithRequestId } from "../lib/log/request-context";
import { metrics, routeGroup } from "../lib/metrics/metrics";
import { beginDraining, runShutdownHooks } from "../lib/runtime/lifecycle";

const port = Number(process.argv[2] ?? 3000);
const host = process.argv[3] ?? "127.0.0.1";
const log = logger().child({ component: "server" });

// Next and libraries write to the console; as JSON lines too, so a log shipper sees one
// format. (The text is theirs: code of this project logs through logger() with fields.)
for (const [method, level] of [
  ["error", "error"],
  ["warn", "warn"],
  ["info", "info"],
  ["log", "info"],
] as const) {
  console[method] = (...args: unknown[]) => log[level]({ source: "console" }, format(...args));
}

// What `next start` sets before it loads the app.
process.env.NEXT_RUNTIME = "nodejs";
process.env.PORT = String(port);
process.env.__NEXT_PRIVATE_ORIGIN = `http://${host}:${port}`;

async function main() {
  const app = next({ dir: process.cwd(), dev: false, hostname: host, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const { requests, duration, pageCache } = metrics();

  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    // Next's code (route handlers, logs) reads it from the headers or the context.
    req.headers["x-request-id"] = requestId;
    res.setHeader("X-Request-Id", requestId);
    res.once("finish", () => {
      const group = routeGroup(req.url ?? "/");
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      requests.inc({ group, status: String(res.statusCode) });
      duration.observe({ group }, seconds);
      const cache = res.getHeader("x-nextjs-cache");
      if (typeof cache === "string") pageCache.inc({ result: cache });
      // Method, group and status only: a path can hold a confirmation token, a query a name.
      const line = { requestId, method: req.method, group, status: res.statusCode, ms: Math.round(seconds * 1000) };
      // A 503 is a deliberate answer (not ready, database away), not a fault.
      if (res.statusCode === 503) log[group === "ops" ? "debug" : "warn"](line, "request refused: unavailable");
      else if (res.statusCode >= 500) log.error(line, "request failed");
      else log.debug(line, "request");
    });
    runWithRequestId(requestId, () => {
      handle(req, res).catch((error: unknown) => {
        log.error({ requestId, err: errorField(error) }, "request handler threw");
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  log.info({ port, host }, "listening");

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const { SHUTDOWN_DRAIN_SECONDS: drain, SHUTDOWN_TIMEOUT_SECONDS: limit } = env();
    // The bound: whatever still runs then is abandoned (the outbox lease and the
    // database's own rollback make that safe, only slower).
    setTimeout(() => {
      log.error({ seconds: limit }, "shutdown took too long; exiting");
      process.exit(1);
    }, limit * 1000).unref();
    beginDraining();
    // Ctrl-C in a terminal has no balancer to wait for.
    const drainSeconds = signal === "SIGTERM" ? drain : 0;
    log.info({ signal, drainSeconds }, "shutting down: /api/ready now answers 503");
    await sleep(drainSeconds * 1000);
    // No new connections from here; idle keep-alive connections are closed, and a
    // busy one closes once its response is sent.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
    await closed;
    clearInterval(idleSweep);
    log.info("every request answered; stopping background work");
    await app.close();
    await runShutdownHooks((name, error) =>
      error
        ? log.error({ hook: name, err: errorField(error) }, "shutdown step failed")
        : log.info({ hook: name }, "stopped"),
    );
    log.info("shutdown complete");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  // Started by scripts/start.ts with a channel: if the launcher dies without passing a
  // signal on (npm, for one, can leave it killed outright), shut down as on SIGTERM.
  process.on("disconnect", () => {
    log.warn("the launcher went away");
    void stop("SIGTERM");
  });
}

main().catch((error: unknown) => {
  log.fatal({ err: errorField(error) }, "the server did not start");
  process.exit(1);
});
