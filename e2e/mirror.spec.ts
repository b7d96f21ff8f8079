import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { buildMirror } from "../lib/mirror/build-mirror";
import { e2eOnionLocation } from "../playwright.config";
import { testDb } from "./support/db";
import { createDetainee, uniqueSlug } from "./support/fixtures";
import { createStaff, signIn } from "./support/staff";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".json": "application/json",
  ".xml": "application/xml",
  ".csv": "text/csv",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".woff2": "font/woff2",
};

/** The plainest static host: files as they are, no index, no rewrites, no fallback. */
function serveFolder(root: string): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const file = path.join(root, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

test.afterAll(async () => {
  await testDb.$disconnect();
});

test("the mirror works from a plain static host, reaches nothing on the app, breaks no link and holds nothing unpublished", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const hidden = await createDetainee({ displayName: `Unpublished Mirrorperson ${Date.now()}`, published: false });
  const embargoed = await testDb.statement.create({
    data: {
      slug: uniqueSlug("embargoed-mirror"),
      title: `Embargoed mirror statement ${Date.now()}`,
      body: "Not before the embargo.",
      status: "PUBLISHED",
      publishAt: new Date(Date.now() + 7 * 86_400_000),
    },
    select: { id: true, slug: true, title: true },
  });
  // Where the app under test keeps its mirror (DATA_DIR/mirror), so staff can download this one.
  const outDir = path.resolve(process.env.DATA_DIR ?? ".data", "mirror");
  let server: http.Server | undefined;
  try {
    const mirror = await buildMirror({ origin: baseURL!, liveUrl: baseURL!, onionUrl: e2eOnionLocation, outDir });
    expect(fs.statSync(mirror.zip).size).toBeGreaterThan(10_000);

    // Nothing unpublished, in any file: pages, feeds, JSON and CSV exports.
    const files = listFiles(mirror.dir);
    for (const file of files) {
      const content = fs.readFileSync(file, "latin1");
      for (const secret of [hidden.displayName, hidden.slug, embargoed.title, embargoed.slug]) {
        expect(content.includes(Buffer.from(secret).toString("latin1")), `${secret} in ${file}`).toBe(false);
      }
    }
    // What a journalist expects is there: each language, listings by status, data, share images.
    const relative = files.map((file) => path.relative(mirror.dir, file));
    for (const expected of [
      "index.html",
      "az/detainees/uzeyir-mammadov/index.html",
      "ru/press/index.html",
      "detainees/_status-IN_DETENTION/index.html",
      "ru/detainees/_affiliation-nida/index.html",
      "api/v1/detainees.json",
      "api/v1/detainees.csv",
      "feed.xml",
      "detainees/uzeyir-mammadov/share-image.png",
    ]) {
      expect(relative, expected).toContain(expected);
    }

    server = await serveFolder(mirror.dir);
    const mirrorOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const appOrigin = new URL(baseURL!).origin;
    const appHits: string[] = [];
    await page.context().route(`${appOrigin}/**`, (route) => {
      appHits.push(route.request().url());
      return route.abort();
    });

    // Walk every page from the home page, as a reader clicking through would.
    const queue = [`${mirrorOrigin}/index.html`];
    const visited = new Set(queue);
    const broken: string[] = [];
    while (queue.length > 0) {
      const url = queue.shift()!;
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.getByRole("note")).toContainText(/copy|surəti|копия/);
      const refs = await page.evaluate(() =>
        [
          ...[...document.querySelectorAll("a[href], link[href]")].map((el) => (el as HTMLAnchorElement).href),
          ...[...document.querySelectorAll("img[src]")].map((el) => (el as HTMLImageElement).src),
        ].filter(Boolean),
      );
      for (const ref of refs) {
        const target = new URL(ref);
        if (target.origin !== mirrorOrigin) continue;
        const file = path.join(mirror.dir, decodeURIComponent(target.pathname));
        if (!fs.existsSync(file) || !fs.statSync(file).isFile()) broken.push(`${url} -> ${target.pathname}`);
        else if (file.endsWith(".html") && !visited.has(target.origin + target.pathname)) {
          visited.add(target.origin + target.pathname);
          queue.push(target.origin + target.pathname);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(appHits).toEqual([]);
    expect(visited.size).toBeGreaterThan(30);

    // The petition page explains how to sign on the live site and over Tor.
    await page.goto(`${mirrorOrigin}/az/petition/index.html`);
    await expect(page.locator("form")).toHaveCount(0);
    const main = page.locator("#main");
    await expect(main.getByRole("link", { name: `${baseURL}/az/petition` })).toBeVisible();
    await expect(main.getByRole("link", { name: new URL("/az/petition", e2eOnionLocation).toString() })).toBeVisible();

    // Opened from disk, without any server, links still lead to pages.
    await page.goto(`file://${path.join(mirror.dir, "ru/index.html")}`);
    await page.getByRole("link", { name: "Узеир Мамедов" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Узеир Мамедов");
    expect(appHits).toEqual([]);
    await page.context().unrouteAll();

    // Staff download the latest mirror from the admin area; nobody else can.
    expect((await page.request.get("/admin/mirror/download", { maxRedirects: 0 })).status()).toBe(401);
    await signIn(page, await createStaff({ role: "EDITOR" }));
    await page.getByRole("link", { name: "Mirror" }).click();
    await expect(page.getByText(/Latest copy made on/)).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the mirror (.zip)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^free-voices-mirror-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(fs.statSync(await download.path()).size).toBe(fs.statSync(mirror.zip).size);
  } finally {
    server?.close();
    await testDb.statement.delete({ where: { id: embargoed.id } });
    await testDb.detainee.delete({ where: { id: hidden.id } });
  }
});
