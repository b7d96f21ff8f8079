import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/config/env";
import { contentSecurityPolicy } from "@/lib/http/security-headers";

/**
 * Two jobs, on the requests the matcher below sends here (nothing else pays for it):
 *
 * - An address with a broken percent-encoding (`/detainees/%FF`, `/x/%zz`) is answered
 *   400 here: Next fails to decode it inside its router and would answer 500.
 * - The admin area's Content-Security-Policy, with a nonce made for this request: Next
 *   reads it from the request's own CSP header and puts it on every script it renders,
 *   so an injected inline script (a stored XSS in a name, say) does not run for staff.
 *   Only headers are added: requests, server actions (`next-action`) included, pass
 *   through. Not a security boundary: every admin page, action and route checks the
 *   session itself.
 */
export function proxy(request: NextRequest) {
  if (!isDecodable(request.nextUrl.pathname)) {
    return new NextResponse("Bad request: the address has a broken percent-encoding.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  if (!/^\/admin(\/|$)/.test(request.nextUrl.pathname)) return NextResponse.next();
  const nonce = crypto.randomUUID().replaceAll("-", "");
  const policy = contentSecurityPolicy({ nonce, development: env().NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

// The admin area, and any address holding a "%" (public pages without one, the
// cached majority, never run the proxy).
export const config = { matcher: ["/admin", "/admin/:path*", "/:path(.*%.*)"] };
