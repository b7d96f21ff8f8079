/**
 * The app as operators run it (scripts/start.ts, production build, PostgreSQL) under a
 * stream of signatures, stopped with SIGTERM as a container platform or systemd does:
 * readiness turns 503 first while requests are still served, every signature
 * acknowledged with a 202 is in the database, the outbox holds no claimed row, the
 * process exits 0. Also checks the ops endpoints and the logs over real HTTP.
 * The first run builds the app (1-3 minutes); `npm test`'s browser half then reuses it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { normaliseEmail } from "@/lib/petition/normalise-email";
import { createTestDatabase, freePort, type TestDatabase } from "../support/test-database";

const root = path.resolve(import.meta.dirname, "../..");
const pepper = crypto.randomBytes(32).toString("base64url");
const metricsToken = crypto.randomBytes(24).toString("hex");
const signerName = "Tofig Yagublu";
let database: TestDatabase | undefined;
let app: ChildProcess | undefined;
let mailDir: string | undefined;

afterAll(async () => {
  if (app && app.exitCode === null) app.kill("SIGKILL");
  await database?.drop();
  if (mailDir) await fs.rm(mailDir, { recursive: true, force: true });
});

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("graceful shutdown", () => {
  it("drains, answers and stores every in-flight signature, and exits 0 on SIGTERM", { timeout: 420_000 }, async () => {
    database = await createTestDatabase({ migrate: false });
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    mailDir = path.join(os.tmpdir(), `fv-shutdown-mail-${port}`);
    let output = "";
    app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        // The tests' build, apart from `npm start`'s (next.config.js).
        NEXT_DIST_DIR: ".next-test",
        NODE_ENV: "production",
        DATABASE_URL: database.url,
        PORT: String(port),
        HOST: "127.0.0.1",
        APP_URL: base,
        SMTP_URL: "",
        MAIL_SINK_DIR: mailDir,
        NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
        SIGNATURE_PEPPER: pepper,
        DATA_ENCRYPTION_KEY: crypto.randomBytes(32).toString("hex"),
        FIRST_ADMIN_EMAIL: "shutdown@localhost",
        METRICS_TOKEN: metricsToken,
        SHUTDOWN_DRAIN_SECONDS: "2",
        // Within the 16 connections of the embedded test database, when no server is given.
        DATABASE_POOL_SIZE: "4",
        LOG_LEVEL: "debug",
        // The production path on this machine: a local mail sink, http on loopback, and a
        // private data folder of its own (the launch checks refuse anything else).
        ALLOW_INSECURE_LOCAL: "1",
        DATA_DIR: await fs.mkdtemp(path.join(os.tmpdir(), "fv-shutdown-data-")),
      },
    });
    app.stdout!.on("data", (chunk) => (output += chunk));
    app.stderr!.on("data", (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => app!.once("exit", (code) => resolve(code)));

    await Promise.race([
      until("readiness", async () => ((await fetch(`${base}/api/ready`)).status === 200 ? true : undefined), 400_000),
      exited.then((code) => {
        throw new Error(`the app exited with ${code} before it was ready:\n${output.slice(-3000)}`);
      }),
    ]);

    // The ops endpoints, as a balancer and a scraper see them.
    const health = await fetch(`${base}/api/health`, { headers: { "x-request-id": "lb-probe-0001" } });
    expect(health.status).toBe(200);
    expect(health.headers.get("cache-control")).toBe("no-store");
    expect(health.headers.get("x-request-id")).toBe("lb-probe-0001");
    const hostile = await fetch(`${base}/api/health`, { headers: { "x-request-id": "<script>" } });
    expect(hostile.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect((await fetch(`${base}/api/metrics`)).status).toBe(401);

    // Signers keep coming, each from their own address, before and during the shutdown.
    const acknowledged: string[] = [];
    let stopAt = Number.POSITIVE_INFINITY;
    let sent = 0;
    let acknowledgedWhileDraining = 0;
    let draining = false;
    const signer = async (worker: number) => {
      for (let i = 0; sent < 3_000 && Date.now() < stopAt; i++) {
        const n = ++sent;
        const email = `shutdown.${worker}.${i}@example.org`;
        try {
          const response = await fetch(`${base}/api/petition/sign`, {
            method: "POST",
            headers: {
              "content-type": "application/x-www-form-urlencoded",
              origin: base,
              "x-forwarded-for": `10.9.${(n >> 8) & 255}.${n & 255}`,
            },
            body: new URLSearchParams({ name: signerName, email, country: "AZ", consentVersion: "1" }),
          });
          if (response.status === 202) {
            acknowledged.push(email);
            if (draining) acknowledgedWhileDraining++;
          }
          await response.body?.cancel();
        } catch {
          // Refused once the listener has closed: not acknowledged, so nothing is owed.
          stopAt = Math.min(stopAt, Date.now() + 500);
        }
      }
    };
    const signers = Promise.all(Array.from({ length: 8 }, (_, worker) => signer(worker)));
    await until("signatures flowing", async () => (acknowledged.length >= 40 ? true : undefined), 60_000);

    const scraped = await fetch(`${base}/api/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
    expect(scraped.status).toBe(200);
    const text = await scraped.text();
    expect(Number(/^freevoices_signatures_total\{outcome="accepted"\} (\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(
      40,
    );
    expect(text).toMatch(/^freevoices_http_requests_total\{group="api-petition",status="202"\} \d+$/m);
    expect(text).toMatch(/^freevoices_http_request_duration_seconds_bucket\{le="0\.1",group="api-petition"\} \d+$/m);

    app.kill("SIGTERM");
    // A balancer sees "not ready" at once, while this instance still answers.
    const ready = await until(
      "readiness to turn 503",
      async () => {
        const response = await fetch(`${base}/api/ready`);
        return response.status === 503 ? await response.json() : undefined;
      },
      5_000,
    );
    draining = true;
    expect(ready).toEqual({ status: "unavailable", reason: "shutting-down" });

    expect(await exited).toBe(0);
    stopAt = 0;
    await signers;
    expect(acknowledgedWhileDraining).toBeGreaterThan(0);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const hashes = acknowledged.map((email) =>
        crypto
          .createHmac("sha256", pepper)
          .update(`email\0${normaliseEmail(email).address}`)
          .digest(),
      );
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Signature" WHERE "emailHash" = ANY($1)`, [
        hashes,
      ]);
      expect(rows[0].n).toBe(acknowledged.length);
      // The outbox worker finished its batch: nothing is left claimed, waiting for a lease to end.
      const claimed = await client.query(`SELECT count(*)::int AS n FROM "EmailOutbox" WHERE status = 'SENDING'`);
      expect(claimed.rows[0].n).toBe(0);
    } finally {
      await client.end();
    }

    // The server's log: JSON lines, with the shutdown's steps and no signer's data.
    const lines = output.split("\n").filter((line) => line.startsWith("{"));
    const messages = lines.map((line) => JSON.parse(line).msg as string);
    expect(messages).toContain("shutdown complete");
    expect(lines.some((line) => line.includes('"requestId"'))).toBe(true);
    // (The launcher's local mail sink prints each mail's address and link on purpose, in
    // plain text: it stands in for a mailbox and runs only without SMTP_URL.)
    const appLog = lines.join("\n");
    expect(appLog).not.toContain(signerName);
    expect(appLog).not.toMatch(/shutdown\.\d+\.\d+@example\.org/);
    expect(appLog).not.toMatch(/10\.9\.\d+\.\d+/);
  });
});
