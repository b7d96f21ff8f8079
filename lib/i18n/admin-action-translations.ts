import "server-only";
import { createTranslator } from "next-intl";
import { getAdminLocale } from "./admin-locale";
import { loadMessages } from "./load-messages";

/**
 * The admin catalogues for a server action's own messages ("Name added."), in the
 * language staff chose. Actions run outside a page render, where next-intl's request
 * config is not set up, so this builds its translator from the same files directly.
 */
export async function getAdminActionTranslations(namespace: string) {
  const locale = await getAdminLocale();
  const messages = await loadMessages(locale);
  const translate = createTranslator({
    locale,
    messages: messages as Record<string, never>,
    namespace: namespace as never,
  });
  return (key: string) => (translate as unknown as (key: string) => string)(key);
}
