/**
 * Throughput through nginx and at the app, in one run (issue 12's benchmarks):
 *
 *   TEST_DATABASE_URL=postgresql://user:pass@127.0.0.1:5432/db npx tsx bench/scale.ts
 *
 * Starts what `npm run test:scale` starts (two instances, the shared page cache,
 * nginx with deploy/nginx/ on loopback; tests/scale/cluster.ts) with BENCH_ROUTES=1, then
 * runs wrk (Debian's `wrk`) against:
 *   1. nginx: a static file from its cache, a profile, the home page, the JSON API list,
 *      the search page;
 *   2. one instance, no proxy: the same surfaces and the bare route handler;
 * nginx's per-client rate limits are off here (wrk is one client); everything else is
 * deploy/nginx/ as shipped.
 *   3. nginx without its cache (a session cookie bypasses it) on the profile page, with two
 *      instances and then with one.
 * Loopback only; every run is BENCH_SECONDS long (default 5, at most 30); BENCH_CONNECTIONS
 * (default 32). wrk, nginx, PostgreSQL and the app share the machine's cores: read the
 * ratios within one run, not the absolute numbers.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startCluster } from "../tests/scale/cluster";
import { request } from "../tests/scale/http";
import { assertWrkInstalled, printRow, wrk as runWrk, type WrkRow } from "./support/wrk";

process.env.BENCH_ROUTES = "1";
const seconds = Math.min(Math.max(Number(process.env.BENCH_SECONDS ?? 5), 1), 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const slug = process.env.BENCH_SLUG ?? "uzeyir-mammadov";
const postScript = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "fv-bench-")), "post.lua");
fs.writeFileSync(
  postScript,
  'wrk.method = "POST"\nwrk.body = "x=1"\nwrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n',
);

type Row = WrkRow;

function wrk(name: string, url: string, options: { post?: boolean; headers?: string[] } = {}): Row {
  const row = runWrk(name, url, {
    seconds,
    connections,
    headers: options.headers,
    script: options.post ? postScript : undefined,
  });
  printRow(row);
  return row;
}

function ratios(rows: Row[], reference: Row) {
  for (const row of rows) {
    if (row !== reference)
      console.log(`  ${row.name.padEnd(42)} ${(row.perSecond / reference.perSecond).toFixed(2)}× ${reference.name}`);
  }
}

async function main() {
  assertWrkInstalled();
  const cluster = await startCluster({ rateLimits: false });
  try {
    const profile = `/detainees/${slug}`;
    const html = (await request(cluster.url + profile)).text;
    const asset = html.match(/\/_next\/static\/[^"']+\.css/)?.[0];
    if (!asset) throw new Error("no /_next/static file in the profile page");
    const paths = {
      profile,
      home: "/",
      list: "/api/v1/detainees",
      one: `/api/v1/detainees/${slug}`,
      search: "/detainees?q=mammad",
    };
    for (const base of [cluster.url, cluster.a.url, cluster.b.url]) {
      for (const p of [...Object.values(paths), asset]) await request(base + p);
    }
    console.log(`${connections} connections, ${seconds} s each, wrk -t2\n\nThrough nginx (its micro-cache on):`);
    const staticFile = wrk("static file (nginx cache)", cluster.url + asset);
    const proxied = [
      staticFile,
      wrk("profile page", cluster.url + paths.profile),
      wrk("home page", cluster.url + paths.home),
      wrk("JSON API list", cluster.url + paths.list),
      wrk("search page", cluster.url + paths.search),
    ];
    ratios(proxied, staticFile);
    const bytes = (text: string) => `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`;
    console.log(
      `  (answers without compression: static file ${bytes((await request(cluster.url + asset)).text)}, profile ${bytes(html)})`,
    );

    // What browsers send: nginx keeps the app's compressed answer (Vary: Accept-Encoding).
    console.log("\nThrough nginx, Accept-Encoding: gzip (as every browser sends):");
    const gzip = ["Accept-Encoding: gzip"];
    for (const p of [paths.profile, paths.home, asset])
      await request(cluster.url + p, { headers: { "accept-encoding": "gzip" } });
    const staticGzip = wrk("static file (nginx cache), gzip", cluster.url + asset, { headers: gzip });
    ratios(
      [
        staticGzip,
        wrk("profile page, gzip", cluster.url + paths.profile, { headers: gzip }),
        wrk("home page, gzip", cluster.url + paths.home, { headers: gzip }),
      ],
      staticGzip,
    );

    console.log("\nOne instance, no proxy:");
    // Two seconds first: a fresh process's first seconds (JIT) would be the bare row's tail.
    runWrk("warm-up", `${cluster.a.url}/api/bench/noop`, { seconds: 2, connections, script: postScript });
    const bare = wrk("bare route handler (POST /api/bench/noop)", `${cluster.a.url}/api/bench/noop`, { post: true });
    const direct = [
      bare,
      wrk("profile page (ISR, shared cache)", cluster.a.url + paths.profile),
      wrk("home page (ISR, shared cache)", cluster.a.url + paths.home),
      wrk("JSON API list", cluster.a.url + paths.list),
      wrk("JSON API one profile", cluster.a.url + paths.one),
      wrk("search page", cluster.a.url + paths.search),
      wrk("static file (Next)", cluster.a.url + asset),
    ];
    ratios(direct, bare);
    console.log(`  JSON API one profile / list: ${(direct[4]!.perSecond / direct[3]!.perSecond).toFixed(2)}×`);

    console.log("\nThrough nginx, cache bypassed (a session cookie), profile page:");
    const bypass = ["Cookie: next-auth.session-token=bench"];
    const two = wrk("two instances", cluster.url + paths.profile, { headers: bypass });
    await cluster.b.kill("SIGTERM");
    await request(cluster.url + paths.profile, { headers: { cookie: "next-auth.session-token=bench" } });
    const one = wrk("one instance", cluster.url + paths.profile, { headers: bypass });
    console.log(`  two / one: ${(two.perSecond / one.perSecond).toFixed(2)}×`);
  } finally {
    await cluster.stop();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
