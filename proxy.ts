import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/config/env";
import { contentSecurityPolicy } from "@/lib/http/security-headers";

/**
 * The admin area's Content-Security-Policy, with a nonce made for this request: Next
 * reads it from the request's own CSP header and puts it on every script it renders,
 * so an injected inline script (a stored XSS in a name, say) does not run for staff.
 * Only headers are added: requests, server actions (`next-action`) included, pass
 * through unchanged. Not a security boundary: every admin page, action and route
 * checks the session itself.
 */
export function proxy(request: NextRequest) {
  const nonce = crypto.randomUUID().replaceAll("-", "");
  const policy = contentSecurityPolicy({ nonce, development: env().NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
