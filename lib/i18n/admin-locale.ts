import "server-only";
import { cookies } from "next/headers";
import { isLocale, type Locale } from "./routing";

/**
 * Staff choose the admin area's language (en, az, ru) with the switch in its header; the
 * choice lives in a cookie, not in the URL, so admin links and redirects stay one path each.
 */
export const adminLocaleCookie = "fv_admin_lang";

export async function getAdminLocale(): Promise<Locale> {
  const value = (await cookies()).get(adminLocaleCookie)?.value;
  return value && isLocale(value) ? value : "en";
}
