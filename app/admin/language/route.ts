import { NextResponse } from "next/server";
import { env } from "@/lib/config/env";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { adminLocaleCookie } from "@/lib/i18n/admin-locale";
import { isLocale } from "@/lib/i18n/routing";

// A plain form post, so the switch works without JavaScript and before sign-in.
export async function POST(request: Request) {
  if (!isSameOriginRequest(request.headers, env().APP_URL)) {
    return new NextResponse("Cross-site request refused.", { status: 403 });
  }
  const form = await request.formData().catch(() => null);
  const locale = String(form?.get("locale") ?? "");
  if (!isLocale(locale)) return new NextResponse("Unknown language.", { status: 400 });
  const target = pageToReturnTo(request.headers.get("referer"));
  const response = NextResponse.redirect(new URL(target, env().APP_URL), 303);
  response.cookies.set(adminLocaleCookie, locale, {
    path: "/admin",
    sameSite: "lax",
    httpOnly: true,
    secure: env().APP_URL.startsWith("https:"),
    maxAge: 60 * 60 * 24 * 365,
  });
  return response;
}

// Back to the page the switch was on (the browser sends it as Referer to our own origin);
// only a path inside the admin area, so this can never become an open redirect.
function pageToReturnTo(referer: string | null): string {
  if (!referer) return "/admin";
  try {
    const url = new URL(referer);
    if (url.origin !== new URL(env().APP_URL).origin) return "/admin";
    return /^\/admin(\/[\w\-/]*)?$/.test(url.pathname) ? url.pathname + url.search : "/admin";
  } catch {
    return "/admin";
  }
}
