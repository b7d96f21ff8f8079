/**
 * `npm start`: from a fresh clone to a running app. Without DATABASE_URL it starts
 * the embedded database (PGlite in .data/), generates missing secrets, migrates,
 * seeds an empty database, creates the first admin, builds when the source changed,
 * and serves Next.js. With DATABASE_URL it does the same against that server.
 * `--dev` runs `next dev` instead of a production build.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { config as loadDotenv } from "dotenv";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded";
import { parseEnv } from "../lib/config/env-schema";
import { assertSafeProduction } from "../lib/config/launch-checks";
import { loadOrCreateLocalSecrets, secretNames } from "../lib/runtime/local-secrets";
import { isBuildCurrent, recordBuild } from "../lib/runtime/build-stamp";
import { prepareDatabase } from "../lib/runtime/prepare-database";
import { startLocalSmtpSink, type LocalSmtpSink } from "../lib/mail/local-smtp-sink";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const log = (message: string) => console.log(`[free-voices] ${message}`);

loadDotenv({ path: path.join(root, ".env"), quiet: true });
process.env.NEXT_TELEMETRY_DISABLED = "1";

const dataDir = path.resolve(root, process.env.DATA_DIR ?? ".data");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
process.env.APP_URL ??= `http://localhost:${port}`;
process.env.NEXTAUTH_URL ??= process.env.APP_URL;

let embedded: EmbeddedDatabase | undefined;
let next: ChildProcess | undefined;
let mailSink: LocalSmtpSink | undefined;
let stopping = false;

async function shutdown(code: number, signal?: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  // The server drains and finishes its in-flight work (scripts/serve.ts); wait for it,
  // since it still writes to the database and hands mail to the sink until it exits.
  if (next && next.exitCode === null && next.signalCode === null) {
    const exited = new Promise<number>((resolve) => next!.once("exit", (exitCode) => resolve(exitCode ?? 1)));
    next.kill(signal ?? "SIGTERM");
    code = Math.max(code, await exited);
  }
  await mailSink?.stop().catch(() => {});
  // PGlite writes its files on close: stop it last, after the app let go of it.
  await embedded?.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0, "SIGINT"));
process.on("SIGTERM", () => void shutdown(0, "SIGTERM"));

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`))));
  });
}

async function main() {
  // Decided before the embedded database sets DATABASE_URL: the production path never prints a password.
  const productionPath = Boolean(process.env.DATABASE_URL);
  if (productionPath) {
    // Before anything is started or listens: every unsafe setting named at once.
    assertSafeProduction(process.env, dataDir);
    const missing = secretNames.filter((name) => !process.env[name]);
    if (missing.length > 0) {
      throw new Error(
        `With DATABASE_URL set (the production path), set these too: ${missing.join(", ")}. ` +
          `Every app instance must share them; see .env.example.`,
      );
    }
    log("using the PostgreSQL server in DATABASE_URL");
  } else {
    const secrets = loadOrCreateLocalSecrets(dataDir);
    for (const name of secretNames) process.env[name] ||= secrets[name];
    const dbPort = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
    log(
      `starting the embedded database in ${path.relative(root, path.join(dataDir, "pglite")) || "."} (127.0.0.1:${dbPort})`,
    );
    embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pglite"), port: dbPort });
    process.env.DATABASE_URL = embedded.url;
  }

  if (!process.env.SMTP_URL) {
    // No mail server configured: mail goes to a sink on this machine, never outside.
    const mailDir = path.resolve(root, process.env.MAIL_SINK_DIR ?? path.join(dataDir, "mail"));
    mailSink = await startLocalSmtpSink({ dir: mailDir, port: Number(process.env.SMTP_SINK_PORT ?? 0), log });
    process.env.SMTP_URL = mailSink.url;
    log(
      `SMTP_URL is not set: mail goes to a local sink (${mailSink.url}), kept in ${path.relative(root, mailDir) || mailDir}; links are printed here`,
    );
  }

  // Fails here, before anything starts, with one message naming every bad variable.
  parseEnv(process.env);

  const firstAdmin = await prepareDatabase(process.env.DATABASE_URL!, log, productionPath ? "setup-link" : "password");

  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!dev && !isBuildCurrent(root, distDir)) {
    log("building the app (first start or changed source)");
    // Run-time settings stay out of the build, so one build serves any onion address
    // (and e2e/onion-service.spec.ts proves the header and link are read at run time).
    const buildEnv = { ...process.env };
    delete buildEnv.ONION_LOCATION;
    await run(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], buildEnv);
    recordBuild(root, distDir);
  }

  // A larger young generation: a server under a burst of requests spends much of
  // its time in minor garbage collections otherwise (measured with bench/petition-sign.ts:
  // about 5-10% more signatures a second and a lower p99, for ~50 MB more memory).
  // Production runs scripts/serve.ts (Next's handler with a graceful shutdown, request
  // ids and metrics) rather than `next start`.
  // The preload puts each connection's own address where lib/http/client-ip.ts can trust it.
  const peerAddress = ["--import", pathToFileURL(path.join(root, "scripts/peer-address.mjs")).href];
  const serverArgs = dev
    ? [...peerAddress, path.join(root, "node_modules/next/dist/bin/next"), "dev", "-p", String(port), "-H", host]
    : [
        "--max-semi-space-size=32",
        ...peerAddress,
        "--import",
        "tsx",
        path.join(root, "scripts/serve.ts"),
        String(port),
        host,
      ];
  next = spawn(process.execPath, serverArgs, {
    cwd: root,
    // The channel tells the server when this launcher is gone without passing on a signal
    // (killed outright): it then shuts down by itself rather than serving on, orphaned.
    stdio: dev ? "inherit" : ["inherit", "inherit", "inherit", "ipc"],
    env: { ...process.env, NODE_ENV: dev ? "development" : "production" },
  });
  next.on("exit", (code) => void shutdown(code ?? 1));

  log(`Free Voices is running at ${process.env.APP_URL}`);
  if (firstAdmin) {
    log("──────────────────────────────────────────────────────────────");
    log("First staff account created. Sign in at /admin with:");
    log(`  email:    ${firstAdmin.email}`);
    log(`  password: ${firstAdmin.password}`);
    log("This password is shown only now. You will enrol a second factor at first sign-in.");
    log("──────────────────────────────────────────────────────────────");
  }
}

main().catch(async (error: Error) => {
  console.error(`[free-voices] ${error.message}`);
  await shutdown(1);
});
