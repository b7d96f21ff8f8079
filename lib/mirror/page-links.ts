/** HTML attribute values as the browser reads them (React escapes & and quotes). */
export const unescapeAttribute = (value: string) =>
  value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'");
export const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Every URL a page refers to through href, src or a share-image meta tag. */
export function pageReferences(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) found.push(unescapeAttribute(match[1] ?? ""));
  for (const match of html.matchAll(/<meta\s[^>]*(?:og:image|twitter:image)[^>]*>/g)) {
    const content = /content="([^"]*)"/.exec(match[0]);
    if (content) found.push(unescapeAttribute(content[1] ?? ""));
  }
  return found;
}

/** Every url(...) in a stylesheet (fonts). */
export function cssReferences(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
    .map((m) => m[1] ?? "")
    .filter((u) => u && !u.startsWith("data:"));
}

export type ListingFilter = { name: string; label: string; options: { value: string; label: string }[] };

/**
 * The list page's status and affiliation filters (a GET form the mirror cannot run):
 * each option becomes a pre-rendered listing.
 */
export function listingFilters(html: string): ListingFilter[] {
  const filters: ListingFilter[] = [];
  for (const name of ["status", "affiliation"]) {
    const select = new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html);
    if (!select) continue;
    const label = new RegExp(`<label[^>]*for="filter-${name}"[^>]*>([\\s\\S]*?)</label>`).exec(html)?.[1] ?? name;
    const options = [...(select[1] ?? "").matchAll(/<option[^>]*value="([^"]+)"[^>]*>([\s\S]*?)<\/option>/g)].map(
      (m) => ({
        value: unescapeAttribute(m[1] ?? ""),
        label: (m[2] ?? "").replace(/<[^>]+>/g, "").trim(),
      }),
    );
    filters.push({ name, label: label.replace(/<[^>]+>/g, "").trim(), options });
  }
  return filters;
}
