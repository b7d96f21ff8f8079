/**
 * Petition signing benchmark (issue 5, item 9). Run by hand:
 *
 *   TEST_DATABASE_URL=postgresql://user:pass@127.0.0.1:5432/db npx tsx bench/petition-sign.ts
 *
 * Starts the app through scripts/start.ts (production build, BENCH_ROUTES=1) on a
 * fresh database created on that server, then on loopback, in one run:
 *   1. POST /api/bench/noop   a route handler that does nothing (the framework's ceiling)
 *   2. POST /api/petition/sign many distinct signers (distinct emails and client IPs)
 *   3. a plain single-row INSERT through `pg` at the same concurrency (the database's ceiling)
 * and then checks that every acknowledged signature is in the database and that the
 * public count equals the confirmed signatures once the tally has run.
 * Env: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 32), BENCH_PORT;
 * BENCH_ONLY=sign skips the two ceilings (for profiling the sign path, e.g. with
 * NODE_OPTIONS=--cpu-prof, which the app inherits).
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { normaliseEmail } from "../lib/petition/normalise-email";
import { createTestDatabase, freePort } from "../tests/support/test-database";

const root = path.resolve(import.meta.dirname, "..");
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const domains = ["gmail.com", "outlook.com", "yandex.ru", "mail.ru", "yahoo.com", "icloud.com", "proton.me", "mail.az"];

type Summary = { name: string; total: number; ok: number; perSecond: number; p50: number; p99: number; errors: number };

async function waitForUp(url: string) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not come up`);
}

async function cannon(name: string, options: autocannon.Options, okStatus: number): Promise<Summary> {
  let ok = 0;
  const instance = autocannon({ ...options, connections, duration: seconds });
  instance.on("response", (_client: unknown, statusCode: number) => {
    if (statusCode === okStatus) ok++;
  });
  const result = await instance;
  return {
    name,
    total: result.requests.total,
    ok,
    perSecond: ok / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function plainInsert(url: string): Promise<Summary> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  await pool.query(
    `CREATE TABLE bench_insert (id bigserial PRIMARY KEY, email_hash bytea NOT NULL, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`,
  );
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const start = performance.now();
        await pool.query("INSERT INTO bench_insert (email_hash, name) VALUES ($1, $2)", [
          crypto.randomBytes(32),
          "Bench Signer",
        ]);
        latencies.push(performance.now() - start);
      }
    }),
  );
  await pool.end();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! * 100) / 100;
  return {
    name: "plain INSERT via pg",
    total: latencies.length,
    ok: latencies.length,
    perSecond: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    errors: 0,
  };
}

async function main() {
  const database = await createTestDatabase({ migrate: false });
  const port = Number(process.env.BENCH_PORT ?? (await freePort()));
  const base = `http://127.0.0.1:${port}`;
  const pepper = crypto.randomBytes(32).toString("base64url");
  const app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      // The tests' build, apart from `npm start`'s (next.config.js).
      NEXT_DIST_DIR: ".next-test",
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: base,
      BENCH_ROUTES: "1",
      PETITION_TALLY_SECONDS: "1",
      SMTP_URL: "",
      MAIL_SINK_DIR: path.join(os.tmpdir(), `fv-bench-mail-${port}`),
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      SIGNATURE_PEPPER: pepper,
      DATA_ENCRYPTION_KEY: crypto.randomBytes(32).toString("hex"),
      FIRST_ADMIN_EMAIL: "bench@localhost",
    },
  });
  const db = new pg.Client({ connectionString: database.url });
  try {
    await waitForUp(`${base}/api/petition/count`);
    await db.connect();
    const headers = { "content-type": "application/x-www-form-urlencoded", origin: base };
    const onlySign = process.env.BENCH_ONLY === "sign";
    const skipped: Summary = { name: "(skipped)", total: 0, ok: 0, perSecond: Number.NaN, p50: 0, p99: 0, errors: 0 };
    const noop = onlySign
      ? skipped
      : await cannon(
          "bare route handler",
          { url: `${base}/api/bench/noop`, method: "POST", headers, body: "x=1" },
          202,
        );

    let n = 0;
    const acknowledged: string[] = [];
    const sign = await cannon(
      "sign",
      {
        url: `${base}/api/petition/sign`,
        requests: [
          {
            method: "POST",
            setupRequest: (request, context) => {
              const i = ++n;
              const id = `${process.pid}-${i}-${crypto.randomBytes(4).toString("hex")}`;
              context.email = `signer.${id}@${domains[i % domains.length]}`;
              return {
                ...request,
                headers: { ...headers, "x-forwarded-for": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
                body: new URLSearchParams({
                  name: "Bench Signer",
                  email: String(context.email),
                  country: ["AZ", "GB", "DE", "FR", "US", "RU", "TR", "GE"][i % 8]!,
                  consentVersion: "1",
                }).toString(),
              };
            },
            onResponse: (status, _body, context) => {
              if (status === 202) acknowledged.push(String(context.email));
            },
          },
        ],
      },
      202,
    );
    // Mail gives way to signing while the server is busy (lib/mail/outbox-worker.ts):
    // how much was still waiting when the spike ended, and how long until all was sent.
    const signEnded = Date.now();
    const unsentSql = `SELECT count(*) FROM "EmailOutbox" WHERE status IN ('PENDING', 'SENDING')`;
    const unsentAtEnd = Number((await db.query(unsentSql)).rows[0].count);
    const insert = onlySign ? skipped : await plainInsert(database.url);
    let unsent = unsentAtEnd;
    for (let i = 0; i < 240 && unsent > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      unsent = Number((await db.query(unsentSql)).rows[0].count);
    }
    const mailDrainSeconds = (Date.now() - signEnded) / 1000;

    // Every acknowledged signature is stored, with its mail. (Requests still in flight
    // when the run's time ran out are stored but not counted as acknowledged: wait
    // until the server has finished them.)
    const countStored = async () => Number((await db.query(`SELECT count(*) FROM "Signature"`)).rows[0].count);
    let stored = await countStored();
    for (let previous = -1; stored !== previous;) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      [previous, stored] = [stored, await countStored()];
    }
    const hashes = acknowledged.map((email) =>
      crypto
        .createHmac("sha256", pepper)
        .update(`email\0${normaliseEmail(email).address}`)
        .digest(),
    );
    const found = Number(
      (await db.query(`SELECT count(*) FROM "Signature" WHERE "emailHash" = ANY($1)`, [hashes])).rows[0].count,
    );
    const mails = Number(
      (await db.query(`SELECT count(*) FROM "EmailOutbox" WHERE template = 'petition-confirm'`)).rows[0].count,
    );
    // Confirm them all, then the public count must equal the database once the tally has run.
    await db.query(
      `UPDATE "Signature" SET status = 'CONFIRMED', "confirmedAt" = timezone('UTC', now()), "confirmTokenHash" = NULL`,
    );
    const confirmed = Number(
      (await db.query(`SELECT count(*) FROM "Signature" WHERE status = 'CONFIRMED' AND NOT suspect`)).rows[0].count,
    );
    let publicCount = -1;
    for (let i = 0; i < 60 && publicCount !== confirmed; i++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      publicCount = Number((await db.query(`SELECT coalesce(sum(count), 0) AS n FROM "PetitionTally"`)).rows[0].n);
    }
    const apiCount = (await (await fetch(`${base}/api/petition/count`)).json()).total;

    const rows = [noop, sign, insert];
    console.log(
      `\nPetition signing benchmark: ${seconds}s per run, ${connections} concurrent connections, loopback, ${os.cpus().length} cores\n`,
    );
    console.log("run                   | ok/s     | p50 ms | p99 ms | ok     | errors");
    for (const row of rows) {
      console.log(
        `${row.name.padEnd(21)} | ${row.perSecond.toFixed(1).padStart(8)} | ${String(row.p50).padStart(6)} | ${String(row.p99).padStart(6)} | ${String(row.ok).padStart(6)} | ${row.errors}`,
      );
    }
    console.log(`\nsign / bare handler: ${(sign.perSecond / noop.perSecond).toFixed(2)}`);
    console.log(`sign / plain INSERT: ${(sign.perSecond / insert.perSecond).toFixed(3)}`);
    console.log(
      `acknowledged (202): ${acknowledged.length}, of them found in the database: ${found}; stored signatures: ${stored} (in flight at the end: ${stored - acknowledged.length}), confirmation mails queued: ${mails}`,
    );
    console.log(`confirmed in database: ${confirmed}, tallies: ${publicCount}, /api/petition/count: ${apiCount}`);
    console.log(
      unsent === 0
        ? `confirmation mails waiting when signing ended: ${unsentAtEnd}; all ${mails} sent ${mailDrainSeconds.toFixed(1)} s after it ended`
        : `MAIL NOT DRAINED: ${unsent} of ${mails} still unsent ${mailDrainSeconds.toFixed(0)} s after signing ended`,
    );
    const okay =
      found === acknowledged.length &&
      stored - acknowledged.length <= connections &&
      mails === stored &&
      publicCount === confirmed &&
      apiCount === confirmed &&
      unsent === 0;
    console.log(okay ? "counts match" : "COUNTS DO NOT MATCH");
    process.exitCode = okay ? 0 : 1;
  } finally {
    await db.end().catch(() => {});
    app.kill("SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
