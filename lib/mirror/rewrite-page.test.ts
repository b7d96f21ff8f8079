import { describe, expect, it } from "vitest";
import { relativeLink } from "./mirror-paths";
import { rewritePage, type PageContext } from "./rewrite-page";

const mirrored: Record<string, string> = {
  "/": "index.html",
  "/ru": "ru/index.html",
  "/ru/detainees": "ru/detainees/index.html",
  "/ru/detainees?status=RELEASED": "ru/detainees/_status-RELEASED/index.html",
  "/_next/static/chunks/a.css": "_next/static/chunks/a.css",
};

function context(file: string, path: string, extra: Partial<PageContext> = {}): PageContext {
  const base = new URL(path, "http://app.test");
  return {
    file,
    liveUrl: new URL(path, "https://live.example").toString(),
    resolve: (raw) => {
      const url = new URL(raw, base);
      const key = url.pathname + url.search;
      return mirrored[key] ? { file: mirrored[key], hash: url.hash } : null;
    },
    linkTo: (target, hash) => relativeLink(file, target, hash),
    live: (raw) => new URL(new URL(raw, base).pathname, "https://live.example").toString(),
    madeAt: new Date("2026-12-06T10:00:00Z"),
    isPetition: false,
    isListing: false,
    ...extra,
  };
}

const page = (main: string) =>
  `<!DOCTYPE html><html lang="ru"><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>` +
  `<link rel="preload" as="script" href="/_next/static/chunks/b.js"/><script src="/_next/static/chunks/b.js" async=""></script></head>` +
  `<body><header><a href="/ru">Главная</a><a href="/admin">Staff</a></header><main id="main">${main}</main>` +
  `<script>self.__next_f.push([1,"x"])</script></body></html>`;

describe("rewritePage", () => {
  it("makes links relative, sends what is not copied to the live site, and drops every script", () => {
    const html = rewritePage(page(`<a href="/ru/detainees#list">Список</a>`), context("ru/index.html", "/ru"));
    expect(html).toContain('href="../_next/static/chunks/a.css"');
    expect(html).toContain('href="index.html"');
    expect(html).toContain('href="detainees/index.html#list"');
    expect(html).toContain('href="https://live.example/admin"');
    expect(html).not.toMatch(/<script|as="script"|\.js"/);
  });

  it("dates the copy and links to the live page, in the page's language", () => {
    const html = rewritePage(page(""), context("ru/index.html", "/ru"));
    expect(html).toMatch(/<body><div role="note"[^>]*>Это копия сайта, сделанная 6 декабря 2026 г\./);
    expect(html).toContain('<a class="underline" href="https://live.example/ru">');
  });

  it("turns the list's filter form into links to pre-rendered listings", () => {
    const form =
      `<form method="get" role="search"><label for="filter-status">Статус</label>` +
      `<select id="filter-status" name="status"><option value="">Любой</option><option value="RELEASED">Освобождён</option></select></form>`;
    const html = rewritePage(page(form), context("ru/detainees/index.html", "/ru/detainees", { isListing: true }));
    expect(html).not.toContain("<form");
    expect(html).toContain('<a class="underline" href="_status-RELEASED/index.html">Освобождён</a>');
  });

  it("replaces the petition form with how to sign on the live site and over Tor", () => {
    const html = rewritePage(
      page(`<form method="post"><input name="email"/></form>`),
      context("ru/petition/index.html", "/ru/petition", {
        isPetition: true,
        onion: "http://abc.onion/ru/petition",
      }),
    );
    expect(html).not.toContain("<form");
    expect(html).toContain('href="https://live.example/ru/petition"');
    expect(html).toContain('href="http://abc.onion/ru/petition"');
  });
});
