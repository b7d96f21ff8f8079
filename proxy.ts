import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

// Locale routing for the public site only. This is not a security boundary:
// every admin page, action and data function checks the session itself.
export default createMiddleware(routing);

export const config = {
  // Everything except the admin area, the API, Next internals and files with an extension.
  matcher: ["/((?!admin|api|_next|_vercel|.*\\..*).*)"],
};
