import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";
import { contentSecurityPolicy, securityHeaders } from "./lib/http/security-headers.js";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// CACHE_STORE=postgres: every instance reads and invalidates one page cache in the
// database (cache-handler.mjs, decision 010), with no copy held in memory, so a staff
// save on any instance is seen by all. Unset ("memory"): Next's own per-instance cache.
// Read when the server starts, like ONION_LOCATION below; env-schema validates it.
const sharedCache =
  process.env.CACHE_STORE === "postgres"
    ? { cacheHandler: fileURLToPath(new URL("./cache-handler.mjs", import.meta.url)), cacheMaxMemorySize: 0 }
    : {};

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into .next-test (NEXT_DIST_DIR, set by playwright.config.ts, the scale
  // cluster and the benchmarks): a build holds pages prerendered from, and cached for, the
  // database it ran against, so `npm start` after `npm test` would otherwise show the test
  // run's data. lib/runtime/build-stamp.ts reads the same variable.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  ...sharedCache,
  // Native and WASM packages run as plain Node modules, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "@node-rs/argon2",
    "sharp",
    "pg",
    "nodemailer",
  ],
  // English lives at the root, other locales under /az and /ru. These rewrites do in
  // configuration what next-intl's middleware would do: a proxy rewrite is turned into a
  // redirect loop by Next 16.2.6+ (vercel/next.js#94342), and no proxy also means one
  // less thing on every request. "afterFiles" so public files and /admin, /api win.
  async rewrites() {
    // A partner's link, /petition?partner=code: the cached page for that partner (the
    // query alone would make /petition render for every reader). Checked before the
    // filesystem, or /az/petition would match its page first.
    const partner = [{ type: "query", key: "partner", value: "(?<code>[a-z0-9][a-z0-9-]{0,39})" }];
    return {
      beforeFiles: [
        { source: "/petition", has: partner, destination: "/en/petition/with/:code" },
        { source: "/:locale(az|ru)/petition", has: partner, destination: "/:locale/petition/with/:code" },
      ],
      afterFiles: [
        { source: "/", destination: "/en" },
        { source: "/:path((?!(?:en|az|ru|admin|api|media|_next)(?:/|$)).+)", destination: "/en/:path" },
      ],
    };
  },
  async redirects() {
    return [
      { source: "/en", destination: "/", permanent: true },
      { source: "/en/:path*", destination: "/:path*", permanent: true },
    ];
  },
  async headers() {
    return [
      {
        // Onion-Location is not here: `next build` fixes these headers, and the onion
        // address must be configuration read at run time (proxy.ts sets it).
        source: "/:path*",
        headers: securityHeaders(),
      },
      {
        // Public pages are static HTML: one policy for all. The admin area gets a
        // per-request nonce from proxy.ts instead (docs/decisions/008-content-security-policy.md).
        source: "/",
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy() }],
      },
      {
        source: "/:path((?!admin(?:/|$)).+)",
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy() }],
      },
      {
        // Staff pages and signing responses must never sit in a shared cache.
        source: "/admin/:path*",
        headers: [{ key: "Cache-Control", value: "no-store" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
