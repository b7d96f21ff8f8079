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
 * Two ceilings in the same run: the bare route handler, and a page whose form action does
 * nothing but redirect (/bench/action), which is what Next costs for any server action.
 *
 * Only answers that say the signature was taken count as acknowledged: without
 * JavaScript a redirect to the cached "check your inbox" page (post/redirect/get), with
 * it the action's result. Starts what
 * `npm run test:scale` starts (tests/scale/cluster.ts) with BENCH_ROUTES=1 and drives
 * instance A directly (no proxy; X-Forwarded-For gives each signer an address, as nginx
 * would). Then checks that every acknowledged signature is stored, and nothing else.
 *
 * The load comes from wrk (bench/support/wrk.ts) with one thread per connection: each
 * thread waits for its answer before sending again, so its Lua script knows which address
 * an answer belongs to, and the check above is per address, not a count.
 * Env: BENCH_SECONDS (default 10, at most 30), BENCH_CONNECTIONS (default 32), BENCH_VERBOSE=1
 * (print wrk's own report of each run).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { chromium } from "@playwright/test";
import { normaliseEmail } from "../lib/petition/normalise-email";
import { startCluster } from "../tests/scale/cluster";
import { request } from "../tests/scale/http";
import { assertWrkInstalled, printRow, wrk } from "./support/wrk";

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
async function noScriptTemplate(base: string, pagePath = "/petition"): Promise<Template> {
  const page = await request(`${base}${pagePath}`);
  const form = [...page.text.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)]
    .map((match) => match[1]!)
    .find((inner) => inner.includes("$ACTION_") && inner.includes('name="email"'));
  if (!form) throw new Error(`no form with an action and an email field on ${pagePath} (BENCH_ROUTES=1?)`);
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

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "fv-bench-form-"));

/**
 * wrk's Lua: a new address (and client address) per request, put in place of the
 * template's placeholder; an answer that acknowledges adds that address to the thread's
 * list, which done() writes to `out`, one per line.
 */
function luaScript(template: Template, out: string): string {
  const body = path.join(workDir, `${crypto.randomUUID()}.body`);
  fs.writeFileSync(body, template.body);
  const headers = Object.entries(template.headers)
    .map(([name, value]) => `[${JSON.stringify(name)}] = ${JSON.stringify(value)},`)
    .join(" ");
  return `
local f = assert(io.open(${JSON.stringify(body)}, "rb")); local template = f:read("*a"); f:close()
local placeholder = ${JSON.stringify(placeholder.replace(/[-.]/g, "%$&"))}
local threads, count = {}, 0
function setup(thread) count = count + 1; thread:set("id", count); table.insert(threads, thread) end
function init(args) acked = {}; other = {}; n = 0; path = args[1]; tag = args[2]; ipBase = tonumber(args[3]) end
function request()
  n = n + 1
  email = "form." .. n .. "@" .. tag .. "-" .. id .. "-" .. n .. ".example.com"
  local ip = ipBase + id * 100000 + n
  local headers = { ${headers} ["X-Forwarded-For"] = "10." .. (math.floor(ip / 65536) % 256) .. "." .. (math.floor(ip / 256) % 256) .. "." .. (ip % 256) }
  return wrk.format("POST", path, headers, (template:gsub(placeholder, email)))
end
function response(status, headers, body)
  local location = headers["Location"] or headers["location"] or ""
  if (status == 303 and location:find("${acceptedLocation}$")) or (status == 200 and body:find(${JSON.stringify(scriptedOk)}, 1, true)) then
    table.insert(acked, email)
  else
    local key = status .. " " .. location; other[key] = (other[key] or 0) + 1
  end
end
function done()
  local out = assert(io.open(${JSON.stringify(out)}, "w"))
  for _, thread in ipairs(threads) do
    for _, address in ipairs(thread:get("acked")) do out:write(address, "\\n") end
    for key, value in pairs(thread:get("other")) do out:write("#", key, "\\t", value, "\\n") end
  end
  out:close()
end
`;
}

// Every signer has an address of their own and a mail domain of their own (the script
// above): one reused by another thread or an earlier run counts against that rate limit,
// and past its soft threshold a signature is challenged instead of taken.
let runsStarted = 0;

function signRun(name: string, url: string, template: Template) {
  const ipBase = runsStarted++ * (connections + 1) * 100_000;
  const out = path.join(workDir, `${crypto.randomUUID()}.out`);
  const script = path.join(workDir, `${crypto.randomUUID()}.lua`);
  fs.writeFileSync(script, luaScript(template, out));
  const { pathname } = new URL(url);
  const row = wrk(name, url, {
    seconds,
    connections,
    threads: connections,
    script,
    args: [pathname, crypto.randomBytes(3).toString("hex"), String(ipBase)],
  });
  if (process.env.BENCH_VERBOSE) console.log(row.stdout);
  const lines = fs.readFileSync(out, "utf8").split("\n").filter(Boolean);
  const acknowledged = lines.filter((line) => !line.startsWith("#"));
  const refusals = Object.fromEntries(
    lines.filter((line) => line.startsWith("#")).map((line) => line.slice(1).split("\t") as [string, string]),
  );
  return { row, acknowledged, refusals };
}

async function main() {
  assertWrkInstalled();
  const cluster = await startCluster({ rateLimits: false });
  const db = new pg.Client({ connectionString: cluster.database.url });
  await db.connect();
  try {
    const base = cluster.a.url;
    const templates = {
      floor: await noScriptTemplate(base, "/bench/action"),
      noScript: await noScriptTemplate(base),
      scripted: await scriptedTemplate(base),
    };
    const bareScript = path.join(workDir, "bare.lua");
    fs.writeFileSync(
      bareScript,
      'wrk.method = "POST"\nwrk.body = "x=1"\nwrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n',
    );

    // Two seconds of each ceiling first: the first seconds of a fresh process are its slowest (JIT).
    for (const [url, script] of [
      [`${base}/api/bench/noop`, bareScript],
      [`${base}/bench/action`, undefined],
    ] as const) {
      wrk("warm-up", url, { seconds: 2, connections, script });
    }
    console.log(`${connections} connections, ${seconds} s each, instance A directly, Node ${process.version}\n`);
    const bare = wrk("bare route handler (POST /api/bench/noop)", `${base}/api/bench/noop`, {
      seconds,
      connections,
      script: bareScript,
    });
    printRow(bare);
    const runs = {
      floor: signRun("form action that does nothing (/bench/action)", `${base}/bench/action`, templates.floor),
      noScript: signRun("sign, page form (no JS)", `${base}/petition`, templates.noScript),
      scripted: signRun("sign, page form (with JS)", `${base}/petition`, templates.scripted),
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

    const floorRate = runs.floor.acknowledged.length / seconds;
    printRow(runs.floor.row, floorRate, "req/s", `  × bare ${(floorRate / bare.perSecond).toFixed(2)}`);
    let acknowledgedAll = 0;
    for (const run of [runs.noScript, runs.scripted]) {
      const rate = run.acknowledged.length / seconds;
      acknowledgedAll += run.acknowledged.length;
      printRow(
        run.row,
        rate,
        "sig/s",
        `  × bare ${(rate / bare.perSecond).toFixed(2)}, × do-nothing action ${(rate / floorRate).toFixed(2)}; ` +
          `acknowledged ${run.acknowledged.length}, of them stored ${await storedOf(run.acknowledged)}`,
      );
    }
    for (const run of Object.values(runs)) {
      if (Object.keys(run.refusals).length)
        console.log(`  ${run.row.name}, not acknowledged, by answer:`, run.refusals);
    }
    console.log(
      `\nstored in all ${stored}, acknowledged ${acknowledgedAll} (the difference: answers cut off by the end of a run)`,
    );
  } finally {
    await db.end();
    await cluster.stop();
    if (!process.env.BENCH_KEEP) fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
