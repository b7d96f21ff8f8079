/**
 * What `npm run test:scale` runs against: one fresh PostgreSQL database, one SMTP sink,
 * two `next start` instances of one build sharing their secrets and the page cache
 * (CACHE_STORE=postgres), and Debian's nginx with the shipped deploy/nginx/ files on
 * loopback ports. Everything lives in one temporary folder and is stopped by stop().
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startLocalSmtpSink, type LocalSmtpSink } from "../../lib/mail/local-smtp-sink";
import { isBuildCurrent, recordBuild } from "../../lib/runtime/build-stamp";
import { createTestDatabase, freePort, type TestDatabase } from "../support/test-database";
import { request } from "./http";

const root = path.resolve(import.meta.dirname, "../..");

// Servers this process started. If it is interrupted (Ctrl-C, a timeout), they go with it
// instead of lingering on their ports.
const children = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));
export const nginxBinary = process.env.NGINX_BINARY ?? "/usr/sbin/nginx";

export type Instance = {
  name: string;
  url: string;
  start: () => Promise<void>;
  kill: (signal?: NodeJS.Signals) => Promise<void>;
};

export type Cluster = {
  database: TestDatabase;
  env: NodeJS.ProcessEnv;
  /** The address readers use: nginx. */
  url: string;
  a: Instance;
  b: Instance;
  mailDir: string;
  stop: () => Promise<void>;
};

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${result.status}`);
}

function startInstance(name: string, port: number, env: NodeJS.ProcessEnv, logDir: string): Instance {
  let child: ChildProcess | undefined;
  const url = `http://127.0.0.1:${port}`;
  return {
    name,
    url,
    async start() {
      const log = fs.openSync(path.join(logDir, `${name}.log`), "a");
      child = spawn(
        process.execPath,
        [
          "--max-semi-space-size=32",
          // BENCH_CPU_PROF=<folder>: each instance writes a V8 CPU profile there when stopped.
          ...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
          path.join(root, "node_modules/next/dist/bin/next"),
          "start",
          "-p",
          String(port),
          "-H",
          "127.0.0.1",
        ],
        { cwd: root, env, stdio: ["ignore", log, log] },
      );
      children.add(child);
      await waitFor(
        async () => (await request(`${url}/api/petition/count`)).status === 200,
        `instance ${name} up`,
        60000,
      );
    },
    async kill(signal = "SIGKILL") {
      const current = child;
      if (!current || current.exitCode !== null || current.signalCode !== null) return;
      const exited = new Promise((resolve) => current.once("exit", resolve));
      current.kill(signal);
      await exited;
    },
  };
}

/** deploy/nginx/free-voices.conf with its upstreams, port and paths pointed at this run. */
export function nginxConfig(options: { dir: string; port: number; upstreams: number[]; rateLimits: boolean }): string {
  const shipped = fs.readFileSync(path.join(root, "deploy/nginx/free-voices.conf"), "utf8");
  const replacements: [RegExp, string][] = [
    [/^(\s*)server 127\.0\.0\.1:3001 (.*)$/m, `$1server 127.0.0.1:${options.upstreams[0]} $2`],
    [/^(\s*)server 127\.0\.0\.1:3002 (.*)$/m, `$1server 127.0.0.1:${options.upstreams[1]} $2`],
    [/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${options.port};`],
    [/\/var\/cache\/nginx\/free-voices/, path.join(options.dir, "cache")],
    [
      /\/etc\/nginx\/snippets\/free-voices-proxy\.conf/,
      path.join(root, "deploy/nginx/snippets/free-voices-proxy.conf"),
    ],
  ];
  let site = shipped;
  for (const [pattern, value] of replacements) {
    if (!pattern.test(site))
      throw new Error(`deploy/nginx/free-voices.conf no longer has ${pattern}: update tests/scale/cluster.ts`);
    site = site.replace(pattern, value);
  }
  // A benchmark is one client sending thousands of requests a second: the per-client
  // limits would measure nginx's 429s, so bench/ turns them off (and says so).
  if (!options.rateLimits) site = site.replace(/^\s*limit_req zone=.*$/gm, "");
  fs.writeFileSync(path.join(options.dir, "free-voices.conf"), site);
  const temp = (name: string) => `${name}_temp_path ${path.join(options.dir, name)};`;
  return [
    "daemon off;",
    "worker_processes 1;",
    `pid ${path.join(options.dir, "nginx.pid")};`,
    `error_log ${path.join(options.dir, "error.log")} warn;`,
    "events { worker_connections 4096; }",
    "http {",
    "  access_log off;",
    `  ${temp("client_body")} ${temp("proxy")} ${temp("fastcgi")} ${temp("uwsgi")} ${temp("scgi")}`,
    `  include ${path.join(options.dir, "free-voices.conf")};`,
    "}",
  ].join("\n");
}

export async function startCluster(options: { rateLimits?: boolean } = {}): Promise<Cluster> {
  if (!fs.existsSync(nginxBinary)) {
    throw new Error(`nginx not found at ${nginxBinary}: apt-get install -y nginx (or set NGINX_BINARY)`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fv-scale-"));
  // nginx's workers run as "nobody" when started by root: they must reach the cache and temp folders.
  fs.chmodSync(dir, 0o755);
  const database = await createTestDatabase({ migrate: false });
  const mailDir = path.join(dir, "mail");
  const sink: LocalSmtpSink = await startLocalSmtpSink({ dir: mailDir, log: () => {} });
  const [portA, portB, nginxPort] = [await freePort(), await freePort(), await freePort()];
  const url = `http://127.0.0.1:${nginxPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    // The tests' build, apart from `npm start`'s (next.config.js).
    NEXT_DIST_DIR: ".next-test",
    DATABASE_URL: database.url,
    APP_URL: url,
    NEXTAUTH_URL: url,
    CACHE_STORE: "postgres",
    TRUST_PROXY_HOPS: "1",
    PETITION_TALLY_SECONDS: "1",
    SMTP_URL: sink.url,
    DATA_DIR: path.join(dir, "data"),
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    SIGNATURE_PEPPER: crypto.randomBytes(32).toString("base64url"),
    DATA_ENCRYPTION_KEY: crypto.randomBytes(32).toString("hex"),
    FIRST_ADMIN_EMAIL: "scale@localhost",
  };
  // The app's env() and the test's helpers read these in this process too.
  Object.assign(process.env, env, { E2E_DATABASE_URL: database.url });
  const { prepareDatabase } = await import("../../lib/runtime/prepare-database");
  await prepareDatabase(database.url, () => {});
  if (!isBuildCurrent(root, env.NEXT_DIST_DIR!)) {
    run(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], env);
    recordBuild(root, env.NEXT_DIST_DIR!);
  }
  const a = startInstance("a", portA, env, dir);
  const b = startInstance("b", portB, env, dir);
  await Promise.all([a.start(), b.start()]);

  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    nginxConfig({ dir, port: nginxPort, upstreams: [portA, portB], rateLimits: options.rateLimits ?? true }),
  );
  const nginx = spawn(nginxBinary, ["-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log")], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  children.add(nginx);
  await waitFor(async () => (await request(`${url}/api/petition/count`)).status === 200, "nginx up", 20000);

  return {
    database,
    env,
    url,
    a,
    b,
    mailDir,
    async stop() {
      nginx.kill("SIGQUIT");
      await Promise.all([a.kill("SIGTERM"), b.kill("SIGTERM")]);
      await sink.stop();
      await database.drop().catch(() => {});
      if (!process.env.SCALE_KEEP) fs.rmSync(dir, { recursive: true, force: true });
      else console.log(`[scale] kept ${dir}`);
    },
  };
}
