/**
 * Signing through the petition page's own form, as a browser sends it, against the bare
 * route handler in the same run:
 *
 *   TEST_DATABASE_URL=postgresql://user:pass@127.0.0.1:5432/db npx tsx bench/petition-sign-form.ts
 *
 * - without JavaScript: the form's plain multipart post to the server action;
 * - with JavaScript: React's encoded action call (Next-Action header), captured once from
 *   Chromium signing for real, then replayed with a new address per request.
 *
 * Only answers that say the signature was taken count as acknowledged: without
 * JavaScript a redirect to the cached "check your inbox" page (post/redirect/get), with
 * it the action's result. Starts what
 * `npm run test:scale` starts (tests/scale/cluster.ts) with BENCH_ROUTES=1 and drives
 * instance A directly (no proxy; X-Forwarded-For gives each signer an address, as nginx
 * would). Then checks that every acknowledged signature is stored, and nothing else.
 * Env: BENCH_SECONDS (default 10, at most 30), BENCH_CONNECTIONS (default 32).
 */
import crypto from "node:crypto";
import autocannon from "autocannon";
import pg from "pg";
import { chromium } from "@playwright/test";
import { normaliseEmail } from "../lib/petition/normalise-email";
import { startCluster } from "../tests/scale/cluster";
import { request } from "../tests/scale/http";

process.env.BENCH_ROUTES = "1";
const seconds = Math.min(Math.max(Number(process.env.BENCH_SECONDS ?? 10), 1), 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const acceptedLocation = "/petition/signed";
const scriptedOk = '"signed":true';
const placeholder = "bench-placeholder@bench.example.com";

type Template = { headers: Record<string, string>; body: string };

function multipart(fields: [string, string][], boundary: string): string {
  return fields
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join("")
    .concat(`--${boundary}--\r\n`);
}

/** The form as a browser without JavaScript posts it: its hidden fields plus what the signer types. */
async function noScriptTemplate(base: string): Promise<Template> {
  const page = await request(`${base}/petition`);
  const form = [...page.text.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)]
    .map((match) => match[1]!)
    .find((inner) => inner.includes("$ACTION_") && inner.includes('name="email"'));
  if (!form) throw new Error("no signing form on /petition");
  const hidden = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map(
    (match) => [match[1]!, (match[2] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&")] as [string, string],
  );
  const boundary = "----benchform";
  const fields: [string, string][] = [
    ...hidden,
    ["name", "Form Signer"],
    ["email", placeholder],
    ["country", "GB"],
    ["website", ""],
  ];
  return {
    // Next refuses a server action whose Origin is not the Host it was sent to.
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, origin: base },
    body: multipart(fields, boundary),
  };
}

/** React's own encoding of the action call, taken from Chromium signing once (the request is stopped there). */
async function scriptedTemplate(base: string): Promise<Template> {
  const browser = await chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/petition`);
    const form = page.locator("#sign");
    await form.getByLabel("Your name", { exact: true }).fill("Form Signer");
    await form.getByLabel("Email address", { exact: true }).fill(placeholder);
    await form.getByLabel("Country", { exact: true }).selectOption("GB");
    const captured = new Promise<Template>((resolve) => {
      void page.route("**/petition", async (route) => {
        const sent = route.request();
        if (sent.method() !== "POST" || !sent.headers()["next-action"]) return route.continue();
        const headers = await sent.allHeaders();
        const keep = ["content-type", "next-action", "next-router-state-tree", "accept", "origin"];
        resolve({
          headers: Object.fromEntries(keep.filter((name) => headers[name]).map((name) => [name, headers[name]!])),
          body: sent.postDataBuffer()!.toString("utf8"),
        });
        await route.abort();
      });
    });
    await page.getByRole("button", { name: "Sign", exact: true }).click();
    const template = await captured;
    if (!template.body.includes(placeholder)) throw new Error("the scripted call does not carry the address as text");
    return template;
  } finally {
    await browser.close();
  }
}

async function signRun(base: string, template: Template) {
  let n = 0;
  const acknowledged: string[] = [];
  const refusals = new Map<string, number>();
  const result = await autocannon({
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
            headers: { ...template.headers, "x-forwarded-for": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
            body: template.body.replace(placeholder, String(context.email)),
          };
        },
        onResponse: (status, body, context, headers) => {
          // Without JavaScript: 303 to the cached page. With: the action's result, shown in place.
          const location = String(headers.location ?? headers.Location ?? "");
          if ((status === 303 && location.endsWith(acceptedLocation)) || (status === 200 && body.includes(scriptedOk)))
            acknowledged.push(String(context.email));
          else refusals.set(`${status} ${location}`, (refusals.get(`${status} ${location}`) ?? 0) + 1);
        },
      },
    ],
  });
  return { result, acknowledged, refusals };
}

async function main() {
  const cluster = await startCluster({ rateLimits: false });
  const db = new pg.Client({ connectionString: cluster.database.url });
  await db.connect();
  try {
    const base = cluster.a.url;
    const templates = { noScript: await noScriptTemplate(base), scripted: await scriptedTemplate(base) };

    const bare = await autocannon({
      url: `${base}/api/bench/noop`,
      method: "POST",
      connections,
      duration: seconds,
      headers: { "content-type": "application/x-www-form-urlencoded", origin: cluster.url },
      body: "x=1",
    });
    const bareRate = (bare.requests.total - bare.non2xx) / seconds;
    const runs = {
      noScript: await signRun(base, templates.noScript),
      scripted: await signRun(base, templates.scripted),
    };

    // Requests cut off by the end of a run may still be stored: wait until writing stops.
    const countStored = async () => Number((await db.query(`SELECT count(*) FROM "Signature"`)).rows[0].count);
    let stored = await countStored();
    for (let previous = -1; stored !== previous;) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      [previous, stored] = [stored, await countStored()];
    }
    const storedOf = async (emails: string[]) => {
      const hashes = emails.map((email) =>
        crypto
          .createHmac("sha256", cluster.env.SIGNATURE_PEPPER!)
          .update(`email\0${normaliseEmail(email).address}`)
          .digest(),
      );
      return Number(
        (await db.query(`SELECT count(*) FROM "Signature" WHERE "emailHash" = ANY($1)`, [hashes])).rows[0].count,
      );
    };

    console.log(`${connections} connections, ${seconds} s each, instance A directly\n`);
    console.log(
      `bare route handler          ${bareRate.toFixed(0).padStart(6)} req/s  p50 ${bare.latency.p50} ms  p99 ${bare.latency.p99} ms`,
    );
    let acknowledgedAll = 0;
    for (const [label, run] of [
      ["sign, page form (no JS)  ", runs.noScript],
      ["sign, page form (with JS)", runs.scripted],
    ] as const) {
      const rate = run.acknowledged.length / seconds;
      acknowledgedAll += run.acknowledged.length;
      console.log(
        `${label}   ${rate.toFixed(0).padStart(6)} sig/s  p50 ${run.result.latency.p50} ms  p99 ${run.result.latency.p99} ms  ` +
          `× bare ${(rate / bareRate).toFixed(2)}  acknowledged ${run.acknowledged.length}, of them stored ${await storedOf(run.acknowledged)}`,
      );
      if (run.refusals.size) console.log("  not acknowledged, by answer:", Object.fromEntries(run.refusals));
    }
    console.log(
      `\nstored in all ${stored}, acknowledged ${acknowledgedAll} (the difference: answers cut off by the end of a run)`,
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
