import fs from "node:fs";
import path from "node:path";
import { zipSync } from "fflate";
import { crawlKey, crawlSite, type Fetched } from "./crawl-site";
import { mirrorFileFor, relativeLink } from "./mirror-paths";
import { cssReferences } from "./page-links";
import { rewritePage } from "./rewrite-page";

export type MirrorOptions = {
  /** Where to crawl the running app (may be an internal address). */
  origin: string;
  /** The public address readers know (APP_URL): the banner's and the petition's links. */
  liveUrl: string;
  /** The onion service (ONION_LOCATION), named on the petition page when set. */
  onionUrl?: string;
  /** The folder that receives `site/` and `free-voices-mirror.zip`. */
  outDir: string;
  now?: Date;
  log?: (message: string) => void;
};

export const zipName = "free-voices-mirror.zip";

/**
 * Writes a static copy of the public site: `<outDir>/site/` and a zip of it. Built in
 * a sibling folder and swapped in at the end, so a download never gets half a mirror.
 */
export async function buildMirror(options: MirrorOptions) {
  const log = options.log ?? (() => {});
  const madeAt = options.now ?? new Date();
  const live = new URL(options.liveUrl);
  const fetched = await crawlSite(options.origin, options.liveUrl, log);
  const origins = new Set([new URL(options.origin).origin, live.origin]);

  const fileOf = new Map<string, string>();
  for (const [key, item] of fetched) {
    if (item.status >= 200 && item.status < 300) fileOf.set(key, mirrorFileFor(item.url, item.contentType));
  }
  const resolverFor = (base: URL) => (raw: string) => {
    const key = crawlKey(raw, base, origins);
    const file = key ? fileOf.get(key) : undefined;
    return file ? { file, hash: new URL(raw, base).hash } : null;
  };
  const toLive = (raw: string, base: URL) => {
    const url = new URL(raw, base);
    return origins.has(url.origin) ? new URL(url.pathname + url.search + url.hash, live).toString() : url.toString();
  };

  const files: Record<string, Uint8Array> = {};
  for (const [key, item] of fetched) {
    const file = fileOf.get(key);
    if (!file) continue;
    files[file] = contentFor(item, file, {
      resolve: resolverFor(item.url),
      live: (raw) => toLive(raw, item.url),
      liveUrl: toLive(key, item.url),
      onion: options.onionUrl ? new URL(item.url.pathname, options.onionUrl).toString() : undefined,
      madeAt,
    });
  }

  const staging = path.join(options.outDir, `.staging-${process.pid}-${Date.now()}`);
  const siteDir = path.join(staging, "site");
  for (const [file, data] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(siteDir, file)), { recursive: true });
    fs.writeFileSync(path.join(siteDir, file), data);
  }
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([file, data]) => [`free-voices-mirror/${file}`, data])),
  );
  fs.writeFileSync(path.join(staging, zipName), zip);
  fs.writeFileSync(path.join(staging, "made-at.txt"), madeAt.toISOString());

  const finalDir = path.join(options.outDir, "latest");
  const old = path.join(options.outDir, `.old-${process.pid}-${Date.now()}`);
  if (fs.existsSync(finalDir)) fs.renameSync(finalDir, old);
  fs.renameSync(staging, finalDir);
  fs.rmSync(old, { recursive: true, force: true });

  const pages = Object.keys(files).filter((file) => file.endsWith(".html")).length;
  log(`${pages} pages and ${Object.keys(files).length - pages} other files; zip ${zip.length} bytes`);
  return {
    dir: path.join(finalDir, "site"),
    zip: path.join(finalDir, zipName),
    pages,
    files: Object.keys(files).length,
  };
}

function contentFor(
  item: Fetched,
  file: string,
  page: {
    resolve: (raw: string) => { file: string; hash: string } | null;
    live: (raw: string) => string;
    liveUrl: string;
    onion?: string;
    madeAt: Date;
  },
): Uint8Array {
  const linkTo = (target: string, hash = "") => relativeLink(file, target, hash);
  if (item.contentType.startsWith("text/html")) {
    const html = rewritePage(item.body.toString("utf8"), {
      ...page,
      file,
      linkTo,
      isPetition: /^\/(?:az\/|ru\/)?petition$/.test(item.url.pathname),
      isListing: /^\/(?:az\/|ru\/)?detainees$/.test(item.url.pathname),
    });
    return Buffer.from(html);
  }
  if (item.contentType.startsWith("text/css")) {
    let css = item.body.toString("utf8");
    for (const ref of new Set(cssReferences(css))) {
      const target = page.resolve(ref);
      if (target) css = css.split(ref).join(linkTo(target.file));
    }
    return Buffer.from(css);
  }
  return item.body;
}
