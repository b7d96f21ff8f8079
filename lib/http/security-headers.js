// Security headers for every response (SPEC section 5). Plain JS so next.config.js
// can import it. Public pages are cached as static HTML, so a per-request nonce is
// impossible; scripts are limited to our own origin plus Next's inline bootstrap.
// Nothing is allowed from a third party: no CDN, analytics or fonts from elsewhere.

const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

/** @returns {{ key: string; value: string }[]} */
export function securityHeaders() {
  const headers = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy },
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    // "same-origin", not "no-referrer": under no-referrer browsers send `Origin: null`
    // on form POSTs (Fetch spec), so Next refuses every server action sent without
    // JavaScript. same-origin still sends nothing to other sites.
    { key: "Referrer-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  return headers;
}
