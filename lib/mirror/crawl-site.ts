import { cssReferences, listingFilters, pageReferences } from "./page-links";

export type Fetched = { url: URL; status: number; contentType: string; body: Buffer };

const prefixes = ["", "/az", "/ru"];
const pages = ["/", "/detainees", "/statements", "/petition", "/press"];
const files = [
  "/feed.xml",
  "/az/feed.xml",
  "/ru/feed.xml",
  "/api/v1/detainees",
  "/api/v1/detainees.csv",
  "/api/v1/statements",
  "/api/v1/events",
  "/api/v1/openapi.json",
  "/favicon.ico",
  "/icon.svg",
];
// Pages that need the server (signing, confirming, staff) stay on the live site.
const excluded = /^\/(?:admin|api\/auth|api\/petition|api\/bench|(?:az\/|ru\/)?petition\/.+)(?:\/|$)/;
// The only query strings worth a copy: pre-rendered listings and their pages.
const keptParams = new Set(["status", "affiliation", "page"]);

/** The start of every crawl: each locale's main pages, the feeds and the data exports. */
export function crawlSeeds(): string[] {
  const seeds = prefixes.flatMap((prefix) => pages.map((page) => (page === "/" ? prefix || "/" : prefix + page)));
  return [...seeds, ...files];
}

/** The crawl key of a URL on the site, or null for one the mirror leaves to the live site. */
export function crawlKey(raw: string, base: URL, origins: Set<string>): string | null {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (!origins.has(url.origin) || excluded.test(url.pathname)) return null;
  // The mirror has no scripts: the app's JavaScript is never copied.
  if (url.pathname.endsWith(".js")) return null;
  // Share images carry a cache-busting version; the copy keeps one image per profile.
  url.searchParams.delete("v");
  if ([...url.searchParams.keys()].some((key) => !keptParams.has(key))) return null;
  url.searchParams.sort();
  return url.pathname + url.search;
}

/**
 * Fetches every public page reachable from the seeds, as a reader would (links,
 * images, stylesheets and their fonts, share images), plus one listing per status and
 * affiliation. Only what the public site serves can be reached: nothing unpublished.
 */
export async function crawlSite(
  origin: string,
  liveOrigin: string,
  log: (message: string) => void = () => {},
  limit = 5000,
): Promise<Map<string, Fetched>> {
  const base = new URL(origin);
  const origins = new Set([base.origin, new URL(liveOrigin).origin]);
  const fetched = new Map<string, Fetched>();
  const queue = [...new Set(crawlSeeds())];
  const seen = new Set(queue);
  const enqueue = (raw: string, from: URL) => {
    const key = crawlKey(raw, from, origins);
    if (key && !seen.has(key)) {
      seen.add(key);
      queue.push(key);
    }
  };
  while (queue.length > 0) {
    if (fetched.size >= limit) throw new Error(`the mirror stopped at ${limit} files: a link loop?`);
    const key = queue.shift()!;
    const url = new URL(key, base);
    const response = await fetch(url, { redirect: "follow", headers: { "user-agent": "free-voices-mirror" } });
    const body = Buffer.from(await response.arrayBuffer());
    const contentType = response.headers.get("content-type") ?? "application/octet-stream";
    fetched.set(key, { url, status: response.status, contentType, body });
    if (!response.ok) {
      log(`${response.status} ${key} (left to the live site)`);
      continue;
    }
    if (contentType.startsWith("text/html")) {
      const html = body.toString("utf8");
      for (const ref of pageReferences(html)) enqueue(ref, url);
      for (const filter of listingFilters(html)) {
        for (const option of filter.options)
          enqueue(`${url.pathname}?${filter.name}=${encodeURIComponent(option.value)}`, url);
      }
    } else if (contentType.startsWith("text/css")) {
      for (const ref of cssReferences(body.toString("utf8"))) enqueue(ref, url);
    }
  }
  return fetched;
}
