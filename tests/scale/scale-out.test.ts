/**
 * Two app instances behind nginx (deploy/nginx/), one PostgreSQL, one shared page cache.
 * Journeys go through nginx unless a test must reach one instance on purpose.
 * Run alone: `TEST_DATABASE_URL=... npm run test:scale` (see tests/scale/cluster.ts).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { normaliseEmail } from "@/lib/petition/normalise-email";
import { startCluster, type Cluster } from "./cluster";
import { clientAddress, request, submitFormWithoutJavaScript } from "./http";

let cluster: Cluster;
let db: pg.Pool;
let nextClient = 1;

// A real PostgreSQL restart needs root and stops every other test using that server, so
// it runs only where the suite runs alone (CI, as root), or on a cluster named for it.
const pgCluster = process.env.SCALE_PG_CLUSTER ?? (process.env.CI === "true" ? "15 main" : "");
const canRestartPostgres = process.getuid?.() === 0 && pgCluster !== "";
if (!canRestartPostgres) {
  console.warn(
    "[scale] not restarting PostgreSQL: that needs root and a server no other test is using " +
      "(CI=true as root, or SCALE_PG_CLUSTER='15 scale' naming a cluster of its own).",
  );
}

beforeAll(async () => {
  cluster = await startCluster();
  db = new pg.Pool({ connectionString: cluster.database.url, max: 4 });
  db.on("error", () => {});
});

afterAll(async () => {
  await db?.end();
  await cluster?.stop();
});

async function waitUntil<T>(check: () => Promise<T | undefined | false>, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function newPublishedDetainee(name: string) {
  const slug = `${name.toLowerCase().replace(/\s+/g, "-")}-${Date.now().toString(36)}`;
  const prisma = createPrismaClient(cluster.database.url);
  try {
    return await prisma.detainee.create({
      data: {
        slug,
        displayName: name,
        status: "PRE_TRIAL_DETENTION",
        published: true,
        names: { create: { name, isPrimary: true, searchKey: name.toLowerCase() } },
      },
      select: { id: true, slug: true },
    });
  } finally {
    await prisma.$disconnect();
  }
}

type Signer = { email: string; from: string };

function newSigner(tag: string): Signer {
  const n = nextClient++;
  // A domain each: the per-domain limit is not what these tests are about.
  return { email: `signer${n}@${tag}${n}.example.com`, from: clientAddress(n) };
}

async function sign(base: string, signer: Signer, extraHeaders: Record<string, string> = {}) {
  return request(`${base}/api/petition/sign`, {
    method: "POST",
    from: signer.from,
    headers: { "content-type": "application/x-www-form-urlencoded", origin: cluster.url, ...extraHeaders },
    body: new URLSearchParams({
      name: "Scale Signer",
      email: signer.email,
      country: "GB",
      consentVersion: "1",
    }).toString(),
  });
}

/** Runs `jobs` with at most `concurrency` in flight. */
async function pool<T>(jobs: (() => Promise<T>)[], concurrency: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const index = next++;
        results[index] = await jobs[index]!();
      }
    }),
  );
  return results;
}

async function storedOf(emails: string[]): Promise<number> {
  const { createHmac } = await import("node:crypto");
  const hashes = emails.map((email) =>
    createHmac("sha256", cluster.env.SIGNATURE_PEPPER!)
      .update(`email\0${normaliseEmail(email).address}`)
      .digest(),
  );
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM "Signature" WHERE "emailHash" = ANY($1)`, [hashes]);
  return rows[0].n;
}

/** Signs continuously through nginx until `stop()`; returns who was acknowledged (202). */
function signingSpike(tag: string, concurrency = 16) {
  const acknowledged: string[] = [];
  const failed: number[] = [];
  let running = true;
  const done = Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (running) {
        const signer = newSigner(tag);
        const answer = await sign(cluster.url, signer);
        if (answer.status === 202) acknowledged.push(signer.email);
        else failed.push(answer.status);
      }
    }),
  );
  return {
    acknowledged,
    failed,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

describe("several instances behind nginx", () => {
  it("a status change saved on instance A shows on the profile from instance B and through nginx within 2 s", async () => {
    const detainee = await newPublishedDetainee("Scale Status Person");
    const profile = `/detainees/${detainee.slug}`;
    // Both instances and nginx hold a copy first, so the change must come through revalidation.
    for (const base of [cluster.b.url, cluster.a.url, cluster.url, cluster.b.url]) {
      const answer = await request(base + profile);
      expect(answer.status).toBe(200);
      expect(answer.text).toContain("Pre-trial detention");
    }
    expect((await request(cluster.b.url + profile)).headers["x-nextjs-cache"]).toBe("HIT");

    const { createStaff, sessionCookie } = await import("../../e2e/support/staff");
    const staff = await createStaff();
    const browser = await chromium.launch({
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
    try {
      const context = await browser.newContext();
      await context.addCookies([await sessionCookie(staff.id)]);
      const page = await context.newPage();
      await page.goto(`${cluster.a.url}/admin/detainees/${detainee.id}`);
      await page.getByLabel("Status", { exact: true }).selectOption("RELEASED");
      await page.getByLabel("Status last confirmed").fill("2026-11-02");
      await page
        .locator("form")
        .filter({ has: page.getByRole("button", { name: "Save profile" }) })
        .getByLabel("Public note")
        .fill("Released.");
      await page.getByRole("button", { name: "Save profile" }).click();
      await page.getByRole("status").filter({ hasText: "Saved. The public profile is updated." }).waitFor();
    } finally {
      await browser.close();
    }
    const saved = Date.now();
    const seen = async (base: string) =>
      waitUntil(
        async () => {
          const answer = await request(base + profile);
          return answer.text.includes(">Released<") && Date.now() - saved;
        },
        5000,
        `"Released" from ${base}`,
      );
    const [fromB, throughNginx] = await Promise.all([seen(cluster.b.url), seen(cluster.url)]);
    console.log(`[scale] status visible on B after ${fromB} ms, through nginx after ${throughNginx} ms`);
    expect(fromB).toBeLessThan(2000);
    expect(throughNginx).toBeLessThan(2000);
  });

  it("200 concurrent signatures through nginx, over both instances, give exactly 200 confirmed", async () => {
    const signers = Array.from({ length: 200 }, () => newSigner("crowd"));
    const answers = await pool(
      signers.map((signer) => () => sign(cluster.url, signer)),
      200,
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(200).fill(202));

    type Mail = { to: string[]; links: string[] };
    const mailsTo = () =>
      fs
        .readdirSync(cluster.mailDir)
        .filter((file) => file.endsWith(".json"))
        .map((file) => JSON.parse(fs.readFileSync(path.join(cluster.mailDir, file), "utf8")) as Mail);
    const byEmail = await waitUntil(
      async () => {
        const mails = new Map(mailsTo().map((mail) => [mail.to[0], mail]));
        return signers.every((signer) => mails.has(signer.email)) && mails;
      },
      60000,
      "a confirmation mail for each of the 200",
    );
    const confirmations = signers.map((signer) => byEmail.get(signer.email)!);
    // Each signer presses the button on the mail's page, without JavaScript, through nginx.
    const confirmed = await pool(
      confirmations.map((mail, i) => async () => {
        const link = new URL(mail.links.find((url) => url.includes("/petition/confirm/"))!);
        return submitFormWithoutJavaScript(cluster.url + link.pathname, {
          from: signers[i]!.from,
          origin: cluster.url,
        });
      }),
      32,
    );
    expect(confirmed.map((answer) => answer.status)).toEqual(Array(200).fill(200));
    const hashes = await storedOf(signers.map((signer) => signer.email));
    expect(hashes).toBe(200);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM "Signature" WHERE status = 'CONFIRMED'`);
    expect(rows[0].n).toBe(200);
    // The public count (tallied every second) says the same on both instances.
    for (const base of [cluster.a.url, cluster.b.url]) {
      await waitUntil(
        async () => JSON.parse((await request(`${base}/api/petition/count`)).text).total === 200,
        10000,
        `count 200 on ${base}`,
      );
    }
  });

  it("the app's per-address limit counts across both instances: 70 from one address give 5 ordinary and 65 suspect, none refused", async () => {
    const address = "203.0.113.99";
    const signers = Array.from({ length: 70 }, () => newSigner("shared"));
    // Sent to each instance in turn, as nginx would, with the address nginx would pass on.
    const answers = await Promise.all(
      signers.map((signer, i) =>
        sign(i % 2 === 0 ? cluster.a.url : cluster.b.url, signer, { "x-forwarded-for": address }),
      ),
    );
    const count = (status: number) => answers.filter((answer) => answer.status === status).length;
    // Shared addresses (Tor exits, NATs) are challenged and marked, never refused (issue 11):
    // the budget of 5 an hour is shared by both instances, so exactly 65 are suspect.
    expect(count(202)).toBe(70);
    const { createHmac } = await import("node:crypto");
    const hashes = signers.map((signer) =>
      createHmac("sha256", cluster.env.SIGNATURE_PEPPER!)
        .update(`email\0${normaliseEmail(signer.email).address}`)
        .digest(),
    );
    const { rows } = await db.query(
      `SELECT count(*) FILTER (WHERE suspect)::int AS suspect, count(*) FILTER (WHERE NOT suspect)::int AS ordinary FROM "Signature" WHERE "emailHash" = ANY($1)`,
      [hashes],
    );
    expect(rows[0]).toEqual({ suspect: 65, ordinary: 5 });
  });

  it("nginx refuses a burst of POSTs from one client before the app sees them", async () => {
    const from = clientAddress(nextClient++);
    const answers = await Promise.all(
      Array.from({ length: 60 }, () =>
        request(`${cluster.url}/api/petition/sign`, {
          method: "POST",
          from,
          headers: { "content-type": "application/x-www-form-urlencoded", origin: cluster.url },
          body: "name=",
        }),
      ),
    );
    const refusedByNginx = answers.filter((answer) => answer.status === 429 && !answer.text.includes("{"));
    // burst=20 at 5/s: about 40 of 60 sent at once are turned away by nginx.
    expect(refusedByNginx.length).toBeGreaterThanOrEqual(30);
    // The rest reached the app, which answered with field errors (400), not a 500.
    expect(answers.filter((answer) => answer.status === 400).length).toBeGreaterThan(0);
  });

  it("killing one instance during a signing spike loses no acknowledged signature", async () => {
    const spike = signingSpike("kill");
    await waitUntil(async () => spike.acknowledged.length >= 100, 60000, "100 signatures before the kill");
    await cluster.b.kill("SIGKILL");
    const atKill = spike.acknowledged.length;
    await waitUntil(async () => spike.acknowledged.length >= atKill + 100, 60000, "100 more with one instance");
    await spike.stop();
    console.log(
      `[scale] kill: ${spike.acknowledged.length} acknowledged, ${spike.failed.length} refused (${[...new Set(spike.failed)].join(", ")})`,
    );
    expect(await storedOf(spike.acknowledged)).toBe(spike.acknowledged.length);
    await cluster.b.start();
  });

  it.skipIf(!canRestartPostgres)(
    "restarting PostgreSQL during a spike loses no acknowledged signature; both instances recover without a restart",
    async () => {
      const spike = signingSpike("restart");
      await waitUntil(async () => spike.acknowledged.length >= 50, 60000, "50 signatures before the restart");
      const [version, name] = pgCluster.split(" ");
      execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", version!, name!, "restart"], { stdio: "inherit" });
      const atRestart = spike.acknowledged.length;
      await waitUntil(async () => spike.acknowledged.length >= atRestart + 50, 60000, "50 more after the restart");
      await spike.stop();
      console.log(`[scale] restart: ${spike.acknowledged.length} acknowledged, ${spike.failed.length} refused`);
      expect(await storedOf(spike.acknowledged)).toBe(spike.acknowledged.length);
      for (const instance of [cluster.a, cluster.b]) {
        expect((await sign(instance.url, newSigner("after"))).status).toBe(202);
      }
    },
  );

  it("with both instances down, nginx still serves the profiles it has cached", async () => {
    const detainee = await newPublishedDetainee("Scale Outage Person");
    const profile = `${cluster.url}/detainees/${detainee.slug}`;
    expect((await request(profile)).status).toBe(200);
    await Promise.all([cluster.a.kill("SIGKILL"), cluster.b.kill("SIGKILL")]);
    const answer = await waitUntil(
      async () => {
        const current = await request(profile);
        return current.headers["x-cache-status"] === "STALE" && current;
      },
      10000,
      "a stale copy from nginx",
    );
    expect(answer.status).toBe(200);
    expect(answer.text).toContain("Scale Outage Person");
    expect((await request(`${cluster.url}/detainees/never-visited-${Date.now()}`)).status).toBeGreaterThanOrEqual(502);
  });
});
