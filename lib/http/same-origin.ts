/**
 * Route handlers have no CSRF protection of their own, and server actions accept
 * requests without an Origin header. Every state-changing request goes through this:
 * the browser's Sec-Fetch-Site, else Origin, must say the request came from our site.
 * A request with neither header (curl, old browsers) is allowed only when `allowMissing`.
 */
export function isSameOriginRequest(
  headers: Headers,
  appUrl: string,
  options: { allowMissing?: boolean } = {},
): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite === "same-origin" || fetchSite === "none";
  const origin = headers.get("origin");
  if (origin) {
    const host = headers.get("x-forwarded-host") ?? headers.get("host");
    return origin === new URL(appUrl).origin || (host !== null && new URL(origin).host === host);
  }
  return options.allowMissing === true;
}
