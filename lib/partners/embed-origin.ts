/**
 * Whether a form post may count as the partner's embedded form: the browser's Origin
 * header must be exactly the origin staff stored for that partner. A post with no
 * Origin (curl, an old browser, a "null" origin from a sandboxed frame or a file) or
 * from any other site is refused, so another site cannot post signatures in a
 * partner's name. Our own forms keep using the server actions and their same-origin
 * check (lib/http/same-origin.ts), which this does not loosen.
 */
export function isPartnerEmbedRequest(headers: Headers, partnerOrigin: string | null | undefined): boolean {
  if (!partnerOrigin) return false;
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  // A same-origin or user-typed request is not an embed: only another site's page posts one.
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite === "same-origin" || fetchSite === "none") return false;
  return origin === partnerOrigin;
}
