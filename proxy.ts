import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/config/env";
import { onionLocationFor } from "@/lib/http/onion-location";
import { contentSecurityPolicy } from "@/lib/http/security-headers";

/**
 * Two jobs, on the requests the matcher below sends here (nothing else pays for it):
 *
 * - An address with a broken percent-encoding (`/detainees/%FF`, `/x/%zz`) is answered
 *   400 here: Next fails to decode it inside its router and would answer 500.
 * - A server-action post larger than Next's limit (`serverActions.bodySizeLimit`) is
 *   answered 413 here, from its Content-Length: Next refuses it too, but answers 500
 *   (a TODO in its action handler). A post without a length is refused (411): browsers
 *   always send one for a form.
 * - The admin area's Content-Security-Policy, with a nonce made for this request: Next
 *   reads it from the request's own CSP header and puts it on every script it renders,
 *   so an injected inline script (a stored XSS in a name, say) does not run for staff.
 *   Only headers are added: requests, server actions (`next-action`) included, pass
 *   through. Not a security boundary: every admin page, action and route checks the
 *   session itself.
 * - `Onion-Location` on pages, from configuration read at run time: next.config.js
 *   headers() are fixed by `next build`, so the onion address would need a rebuild.
 */
export function proxy(request: NextRequest) {
  const tooLarge = actionBodyRefusal(request);
  if (tooLarge) return tooLarge;
  if (!isDecodable(request.nextUrl.pathname)) {
    return new NextResponse("Bad request: the address has a broken percent-encoding.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  if (!/^\/admin(\/|$)/.test(request.nextUrl.pathname)) {
    const response = NextResponse.next();
    const onion = onionLocationFor(request.nextUrl.pathname + request.nextUrl.search);
    if (onion) response.headers.set("Onion-Location", onion);
    return response;
  }
  const nonce = crypto.randomUUID().replaceAll("-", "");
  const policy = contentSecurityPolicy({ nonce, development: env().NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Next's default for server actions (next.config.js leaves `serverActions.bodySizeLimit` unset).
const ACTION_BODY_LIMIT = 1024 * 1024;
// Route handlers that take a form post and read it with their own cap (lib/http/read-body.ts).
const OWN_CAP = /^\/(admin\/detainees\/[^/]+\/photo|admin\/partners\/[^/]+\/logo|api\/)/;

function actionBodyRefusal(request: NextRequest): NextResponse | null {
  if (request.method !== "POST" || OWN_CAP.test(request.nextUrl.pathname)) return null;
  const isAction =
    request.headers.has("next-action") || (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
  if (!isAction) return null;
  const length = Number(request.headers.get("content-length") ?? NaN);
  const text = (status: number, message: string) =>
    new NextResponse(message, {
      status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  if (!Number.isFinite(length)) return text(411, "Length required: send the form's Content-Length.\n");
  if (length > ACTION_BODY_LIMIT) return text(413, "The form is larger than 1 MB.\n");
  return null;
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

// Which requests run the proxy (a proxy call costs about a quarter of a millisecond, a
// fifth of a bare route handler's whole cost): pages, for Onion-Location, except form
// posts; the whole admin area, for its nonce; any address holding a "%"; and form posts
// (server actions) that have no length or one over the limit. The length test is a
// regex on Content-Length, so a signature of normal size never pays for a proxy call
// (docs/decisions/010-shared-cache.md). Matchers must be literals: Next reads them at build.
export const config = {
  matcher: [
    {
      source: "/((?!_next/|api/|media/|admin(?:/|$)|favicon.ico|icon.svg|apple-touch-icon.png).*)",
      missing: [
        { type: "header", key: "next-action" },
        { type: "header", key: "content-type", value: "multipart/form-data.*" },
      ],
    },
    "/admin",
    "/admin/:path*",
    "/:path(.*%.*)",
    {
      source: "/:path*",
      has: [{ type: "header", key: "next-action" }],
      missing: [{ type: "header", key: "content-length" }],
    },
    {
      source: "/:path*",
      has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
      missing: [{ type: "header", key: "content-length" }],
    },
    // Content-Length above 1048576 (ACTION_BODY_LIMIT), or not a plain number.
    {
      source: "/:path*",
      has: [
        { type: "header", key: "next-action" },
        {
          type: "header",
          key: "content-length",
          value:
            "(?:.*\\D.*|[1-9]\\d{7,}|[2-9]\\d{6}|1[1-9]\\d{5}|10[5-9]\\d{4}|1049\\d{3}|1048[6-9]\\d{2}|10485[89]\\d|104857[7-9])",
        },
      ],
    },
    {
      source: "/:path*",
      has: [
        { type: "header", key: "content-type", value: "multipart/form-data.*" },
        {
          type: "header",
          key: "content-length",
          value:
            "(?:.*\\D.*|[1-9]\\d{7,}|[2-9]\\d{6}|1[1-9]\\d{5}|10[5-9]\\d{4}|1049\\d{3}|1048[6-9]\\d{2}|10485[89]\\d|104857[7-9])",
        },
      ],
    },
  ],
};
