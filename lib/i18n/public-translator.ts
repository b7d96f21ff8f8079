import "server-only";
import { createTranslator, type AbstractIntlMessages } from "next-intl";
import { loadMessages } from "./load-messages";
import type { Locale } from "./routing";

/**
 * A translator for one language and namespace outside a page render: route handlers
 * that answer images or plain HTML (the counter, the embedded form's refusal) choose
 * the language from their own input, not from the request's locale.
 */
export async function publicTranslator(locale: Locale, namespace: string) {
  const messages = (await loadMessages(locale)) as AbstractIntlMessages;
  return createTranslator({ locale, messages, namespace: namespace as never }) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
}
