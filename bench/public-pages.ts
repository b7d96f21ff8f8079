/**
 * Requests per second for a profile page, the JSON API and a static file, served by
 * the same running server in the same run, so the ratios say what the cache buys.
 *
 *   npm start                      # in another terminal (a production build)
 *   npx tsx bench/public-pages.ts  # BENCH_URL=http://127.0.0.1:3000 BENCH_SECONDS=10
 *
 * Loopback only: the load tool and the server share the machine's cores, so absolute
 * numbers are a floor; the ratios between the three are the point.
 */
import autocannon from "autocannon";

type Result = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
};

const base = (process.env.BENCH_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const seconds = Math.min(Math.max(Number(process.env.BENCH_SECONDS ?? 10), 1), 60);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const slug = process.env.BENCH_SLUG ?? "uzeyir-mammadov";

if (!/^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(base)) {
  throw new Error(`BENCH_URL must be a loopback address, not ${base}: this tool sends thousands of requests.`);
}

async function get(path: string): Promise<string> {
  const response = await fetch(base + path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}; is the app running at ${base}?`);
  return response.text();
}

function run(path: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url: base + path, connections, duration: seconds }).then(
      (result) => resolve(result as unknown as Result),
      reject,
    );
  });
}

async function main() {
  const html = await get(`/detainees/${slug}`);
  // A file from the build that the same server serves from disk.
  const asset = html.match(/\/_next\/static\/[^"']+\.(?:css|js)/)?.[0];
  if (!asset) throw new Error("No /_next/static file found in the profile page.");
  const targets = [
    { name: "profile page (ISR)", path: `/detainees/${slug}` },
    { name: "JSON API list", path: "/api/v1/detainees" },
    { name: "JSON API profile", path: `/api/v1/detainees/${slug}` },
    { name: "static file", path: asset },
  ];
  // Warm every cache first: the first profile request renders it.
  for (const t of targets) await get(t.path);

  console.log(`${base}, ${connections} connections, ${seconds} s each\n`);
  const rows: { name: string; path: string; result: Result }[] = [];
  for (const t of targets) {
    const result = await run(t.path);
    rows.push({ ...t, result });
    console.log(
      `${t.name.padEnd(20)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(5)} ms   non-2xx ${result.non2xx}, errors ${result.errors}   ${t.path}`,
    );
  }
  const staticRate = rows.at(-1)!.result.requests.average;
  console.log("\nRatios to the static file:");
  for (const row of rows.slice(0, -1)) {
    console.log(`  ${row.name.padEnd(20)} ${(row.result.requests.average / staticRate).toFixed(2)}×`);
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
