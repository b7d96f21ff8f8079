import { NextResponse, type NextRequest } from "next/server";
import { onionLocationFor } from "@/lib/http/onion-location";

/**
 * Adds `Onion-Location` at run time. next.config.js headers() are fixed by `next build`,
 * so a header set there needed a rebuild to change the onion address. Nothing else
 * happens here: no redirects or rewrites (see next.config.js), and authorisation is
 * checked in every page, action and route, never here.
 */
export function proxy(request: NextRequest) {
  const response = NextResponse.next();
  const onion = onionLocationFor(request.nextUrl.pathname + request.nextUrl.search);
  if (onion) response.headers.set("Onion-Location", onion);
  return response;
}

export const config = {
  // Pages only: static files and the API gain nothing from the header.
  matcher: ["/((?!_next/|api/|media/|favicon.ico|icon.svg|apple-touch-icon.png).*)"],
};
