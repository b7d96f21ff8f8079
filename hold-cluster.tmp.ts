import fs from "node:fs";
import { startCluster } from "./tests/scale/cluster";
import { request } from "./tests/scale/http";
process.env.BENCH_ROUTES = "1";
const placeholder = "bench-placeholder@bench.example.com";
async function main() {
  const cluster = await startCluster({ rateLimits: false });
  const base = cluster.a.url;
  const page = await request(`${base}/petition`);
  const form = [...page.text.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].map((m) => m[1]!).find((i) => i.includes("$ACTION_") && i.includes('name="email"'))!;
  const hidden = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((m) => [m[1]!, (m[2] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&")]);
  const boundary = "----benchform";
  const fields = [...hidden, ["name", "Form Signer"], ["email", placeholder], ["country", "GB"], ["website", ""]];
  const body = fields.map(([n, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n`).join("") + `--${boundary}--\r\n`;
  fs.writeFileSync("/tmp/hold/noscript.body", body);
  fs.writeFileSync("/tmp/hold/info.json", JSON.stringify({ a: cluster.a.url, b: cluster.b.url, nginx: cluster.url, db: cluster.database.url, pepper: cluster.env.SIGNATURE_PEPPER }));
  console.log("READY", cluster.a.url);
  while (!fs.existsSync("/tmp/hold/stop")) await new Promise((r) => setTimeout(r, 500));
  fs.rmSync("/tmp/hold/stop");
  await cluster.stop();
  process.exit(0);
}
main();
