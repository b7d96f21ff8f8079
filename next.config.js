import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/http/security-headers.js";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and WASM packages run as plain Node modules, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "@node-rs/argon2",
    "sharp",
    "pg",
    "nodemailer",
  ],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: securityHeaders({ onionLocation: process.env.ONION_LOCATION }),
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
