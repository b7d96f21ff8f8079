import path from "node:path";

const extensions: Record<string, string> = {
  "application/json": ".json",
  "text/csv": ".csv",
  "application/atom+xml": ".xml",
  "application/rss+xml": ".xml",
  "application/xml": ".xml",
  "text/xml": ".xml",
  "image/png": ".png",
  "image/jpeg": ".jpg",
  "image/webp": ".webp",
  "image/svg+xml": ".svg",
};

/**
 * Where a fetched URL lives in the mirror. Pages become `<path>/index.html` (a file
 * name that works from disk, where no server adds it); a query string becomes a folder
 * (`detainees/_status-RELEASED/index.html`); other files keep their path and gain the
 * extension their type implies, so any static host serves them with the right type.
 */
export function mirrorFileFor(url: URL, contentType: string): string {
  const type = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  const segments = url.pathname.split("/").filter(Boolean).map(decodeURIComponent).map(safeSegment);
  const query = [...url.searchParams]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${safeSegment(key)}-${safeSegment(value)}`)
    .join("_");
  if (type === "text/html") {
    if (query) segments.push(`_${query}`);
    return [...segments, "index.html"].join("/");
  }
  let name = segments.pop() ?? "index";
  if (query) name = `${name}_${query}`;
  const wanted = extensions[type];
  if (wanted && path.extname(name).toLowerCase() !== wanted && !(wanted === ".jpg" && /\.jpe?g$/i.test(name))) {
    name += wanted;
  }
  return [...segments, name].join("/");
}

function safeSegment(value: string): string {
  return value.replace(/[^\p{L}\p{N}._-]+/gu, "-").slice(0, 80) || "-";
}

/** A link from the file `from` to the file `to`, both mirror paths. */
export function relativeLink(from: string, to: string, hash = ""): string {
  const link = path.posix.relative(path.posix.dirname(from), to) || path.posix.basename(to);
  return link.split("/").map(encodeURIComponent).join("/") + hash;
}
