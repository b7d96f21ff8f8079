// Security headers for every response (SPEC section 5). Plain JS so next.config.js
// can import it. Nothing is allowed from a third party: no CDN, analytics or fonts
// from elsewhere. Which pages get which script policy: docs/decisions/008-content-security-policy.md.

/**
 * The Content-Security-Policy. With a nonce (the admin area, per request, set by
 * proxy.ts): only scripts carrying it run, and what they load ('strict-dynamic'); no
 * inline script an attacker injected. Without (public pages, cached as static HTML
 * that cannot carry a per-request nonce): our own origin plus Next's inline bootstrap.
 * @param {{ nonce?: string; development?: boolean }} [options]
 */
export function contentSecurityPolicy({ nonce, development = false } = {}) {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    // React's development build evaluates code for its debugging aids.
    `script-src ${scripts}${development ? " 'unsafe-eval'" : ""}`,
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
}

/**
 * Every header but the Content-Security-Policy, which next.config.js adds for public
 * pages and proxy.ts for the admin area (and Onion-Location, which proxy.ts sets at run time).
 * @returns {{ key: string; value: string }[]}
 */
export function securityHeaders() {
  const headers = [
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
