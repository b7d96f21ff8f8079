import "server-only";
import { createTranslator } from "next-intl";
import { getAdminLocale } from "./admin-locale";
import { loadMessages } from "./load-messages";

/**
 * The admin catalogues for a server action's answer, in the language staff chose. The
 * same messages as getAdminTranslations, read without a render's request config, so
 * an action behaves the same when tests call it directly.
 */
export async function getAdminActionTranslations(namespace: string) {
  const locale = await getAdminLocale();
  const messages = (await loadMessages(locale)) as Record<string, never>;
  const t = createTranslator({ locale, messages, namespace: namespace as never });
  return (key: string, values?: Record<string, string | number>) =>
    (t as unknown as (key: string, values?: Record<string, string | number>) => string)(key, values);
}
