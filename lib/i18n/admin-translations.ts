import "server-only";
import { getTranslations } from "next-intl/server";
import { getAdminLocale } from "./admin-locale";

/**
 * The admin area's strings come from the same catalogues as the public site
 * (`messages/<locale>/admin<Area>.json`), in the language staff chose.
 */
export async function getAdminTranslations(namespace: string) {
  return getTranslations({ locale: await getAdminLocale(), namespace });
}
