/**
 * Signing through the petition page's own form, as a browser without JavaScript sends it
 * (the server action, multipart/form-data), against the bare route handler in the same run:
 *
 *   TEST_DATABASE_URL=postgresql://user:pass@127.0.0.1:5432/db npx tsx bench/petition-sign-form.ts
 *
 * Starts what `npm run test:scale` starts (tests/scale/cluster.ts) with BENCH_ROUTES=1 and
 * drives instance A directly (no proxy; X-Forwarded-For gives each signer an address, as
 * nginx would). Then checks that every acknowledged signature is stored, and nothing else.
 * The scripted variant (React's encoded action call) is not measured here.
 * Env: BENCH_SECONDS (default 10, at most 30), BENCH_CONNECTIONS (default 32).
 */
import crypto from "node:crypto";
import autocannon from "autocannon";
import pg from "pg";
import { normaliseEmail } from "../lib/petition/normalise-email";
import { startCluster } from "../tests/scale/cluster";
import { request } from "../tests/scale/http";

process.env.BENCH_ROUTES = "1";
const seconds = Math.min(Math.max(Number(process.env.BENCH_SECONDS ?? 10), 1), 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const accepted = "Check your inbox";

function multipart(fields: [string, string][], boundary: string): string {
  return fields
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join("")
    .concat(`--${boundary}--\r\n`);
}

async function main() {
  const cluster = await startCluster({ rateLimits: false });
  const db = new pg.Client({ connectionString: cluster.database.url });
  await db.connect();
  try {
    const base = cluster.a.url;
    const page = await request(`${base}/petition`);
    const form = [...page.text.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)]
      .map((match) => match[1]!)
      .find((inner) => inner.includes("$ACTION_") && inner.includes('name="email"'));
    if (!form) throw new Error("no signing form on /petition");
    const hidden = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map(
      (match) => [match[1]!, (match[2] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&")] as [string, string],
    );

    const bare = await autocannon({
      url: `${base}/api/bench/noop`,
      method: "POST",
      connections,
      duration: seconds,
      headers: { "content-type": "application/x-www-form-urlencoded", origin: cluster.url },
      body: "x=1",
    });
    const bareRate = (bare.requests.total - bare.non2xx) / seconds;

    let n = 0;
    const acknowledged: string[] = [];
    let refused = 0;
    const boundary = "----benchform";
    const instance = autocannon({
      url: `${base}/petition`,
      connections,
      duration: seconds,
      requests: [
        {
          method: "POST",
          setupRequest: (req, context) => {
            const i = ++n;
            context.email = `form.${process.pid}.${i}.${crypto.randomBytes(3).toString("hex")}@form${i}.example.com`;
            return {
              ...req,
              headers: {
                "content-type": `multipart/form-data; boundary=${boundary}`,
                // Next refuses a server action whose Origin is not the Host it was sent to.
                origin: base,
                "x-forwarded-for": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
              },
              body: multipart(
                [
                  ...hidden,
                  ["name", "Form Signer"],
                  ["email", String(context.email)],
                  ["country", "GB"],
                  ["website", ""],
                ],
                boundary,
              ),
            };
          },
          onResponse: (status, body, context) => {
            if (status === 200 && body.includes(accepted)) acknowledged.push(String(context.email));
            else refused++;
          },
        },
      ],
    });
    const sign = await instance;
    // Requests cut off by the end of the run may still be stored: wait until writing stops.
    const countStored = async () => Number((await db.query(`SELECT count(*) FROM "Signature"`)).rows[0].count);
    let stored = await countStored();
    for (let previous = -1; stored !== previous;) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      [previous, stored] = [stored, await countStored()];
    }
    const hashes = acknowledged.map((email) =>
      crypto
        .createHmac("sha256", cluster.env.SIGNATURE_PEPPER!)
        .update(`email\0${normaliseEmail(email).address}`)
        .digest(),
    );
    const found = Number(
      (await db.query(`SELECT count(*) FROM "Signature" WHERE "emailHash" = ANY($1)`, [hashes])).rows[0].count,
    );
    const rate = acknowledged.length / seconds;
    console.log(`${connections} connections, ${seconds} s each, instance A directly\n`);
    console.log(
      `bare route handler        ${bareRate.toFixed(0).padStart(6)} req/s  p50 ${bare.latency.p50} ms  p99 ${bare.latency.p99} ms`,
    );
    console.log(
      `sign, page form (no JS)   ${rate.toFixed(0).padStart(6)} sig/s  p50 ${sign.latency.p50} ms  p99 ${sign.latency.p99} ms  not acknowledged ${refused}`,
    );
    console.log(`\nform / bare: ${(rate / bareRate).toFixed(2)}×`);
    console.log(
      `acknowledged ${acknowledged.length}, of them stored ${found}; stored in all ${stored} (the difference: answers cut off by the end of the run)`,
    );
  } finally {
    await db.end();
    await cluster.stop();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
