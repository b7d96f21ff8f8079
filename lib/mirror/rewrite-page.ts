import { mirrorDate, mirrorText } from "./mirror-text";
import { escapeHtml, listingFilters, unescapeAttribute } from "./page-links";

export type PageContext = {
  /** This page's file in the mirror. */
  file: string;
  /** This page's address on the live site. */
  liveUrl: string;
  /** The mirror file of a site URL (key as crawled), or null when not in the mirror. */
  resolve: (raw: string) => { file: string; hash: string } | null;
  /** The relative link from this page to a mirror file. */
  linkTo: (file: string, hash?: string) => string;
  /** An address on the live site (absolute), for what only the server can do. */
  live: (path: string) => string;
  onion?: string;
  madeAt: Date;
  isPetition: boolean;
  isListing: boolean;
};

/**
 * One page as the mirror holds it: every link relative (works from any host or from
 * disk), no scripts (nothing there could reach the server), no forms (nothing to post
 * to), and a banner dating the copy and pointing at the live page.
 */
export function rewritePage(html: string, page: PageContext): string {
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? "en";
  const { locale, text } = mirrorText(lang);
  const filters = page.isListing ? listingFilters(html) : [];

  let out = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/<link\b[^>]*\bas="script"[^>]*>/g, "")
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/g, "");

  out = out.replace(/<(a|link|img|source|iframe)\b[^>]*>/g, (tag, name: string) => {
    // Canonical and language alternates name the live pages on purpose.
    const keepLive = name === "link" && /\brel="(?:canonical|alternate)"/.test(tag);
    return tag.replace(/(\s(?:href|src))="([^"]*)"/g, (_all, attribute: string, value: string) => {
      const raw = unescapeAttribute(value);
      if (/^(?:[a-z]+:|#)/i.test(raw) && !/^https?:/i.test(raw)) return `${attribute}="${value}"`;
      const target = keepLive ? null : page.resolve(raw);
      if (target) return `${attribute}="${escapeHtml(page.linkTo(target.file, target.hash))}"`;
      const absolute = page.live(raw);
      return `${attribute}="${escapeHtml(absolute)}"`;
    });
  });

  const listing = filters.length > 0 ? listingNav(filters, page, text) : "";
  out = out.replace(/<form\b[\s\S]*?<\/form>/g, (form) => (/role="search"/.test(form) ? listing : ""));

  if (page.isPetition) {
    const onion = page.onion
      ? `<p class="mt-4">${escapeHtml(text.petitionOnion)} <a class="underline" href="${escapeHtml(page.onion)}">${escapeHtml(page.onion)}</a></p>`
      : "";
    out = out.replace(
      /<main\b([^>]*)>[\s\S]*<\/main>/,
      `<main$1><div class="mx-auto max-w-5xl px-4 py-10"><h1 class="text-3xl font-bold">${escapeHtml(text.petitionTitle)}</h1>` +
        `<p class="mt-4">${escapeHtml(text.petitionBody)} <a class="underline" href="${escapeHtml(page.liveUrl)}">${escapeHtml(page.liveUrl)}</a></p>${onion}</div></main>`,
    );
  }

  const banner =
    `<div role="note" class="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-stone-900">` +
    `${escapeHtml(text.banner.replace("{date}", mirrorDate(page.madeAt, locale)))} ` +
    `<a class="underline" href="${escapeHtml(page.liveUrl)}">${escapeHtml(page.liveUrl)}</a></div>`;
  return out.replace(/<body\b[^>]*>/, (body) => body + banner);
}

function listingNav(
  filters: ReturnType<typeof listingFilters>,
  page: PageContext,
  text: ReturnType<typeof mirrorText>["text"],
): string {
  const path = new URL(page.liveUrl).pathname;
  const groups = filters.map((filter) => {
    const links = filter.options
      .map((option) => {
        const target = page.resolve(`${path}?${filter.name}=${encodeURIComponent(option.value)}`);
        return target
          ? `<li><a class="underline" href="${escapeHtml(page.linkTo(target.file))}">${escapeHtml(option.label)}</a></li>`
          : "";
      })
      .join("");
    const heading = filter.name === "status" ? text.byStatus : text.byAffiliation;
    return `<h3 class="mt-3 font-semibold">${escapeHtml(heading)}</h3><ul class="mt-1 flex flex-wrap gap-3">${links}</ul>`;
  });
  const live = page.live(path);
  return (
    `<nav aria-label="${escapeHtml(text.listings)}" class="mt-6 rounded-lg border border-stone-200 bg-white p-4">` +
    `<h2 class="text-lg font-semibold">${escapeHtml(text.listings)}</h2>${groups.join("")}` +
    `<p class="mt-3">${escapeHtml(text.search)} <a class="underline" href="${escapeHtml(live)}">${escapeHtml(live)}</a></p></nav>`
  );
}
