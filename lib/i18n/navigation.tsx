import type { ComponentProps } from "react";
import { useLocale } from "next-intl";
import { localePath, type Locale } from "./locale-path";

/**
 * A link to a public page in the current language. A plain <a>, not next/link: reading
 * pages then ship no client router code for links and prefetch nothing a reader may
 * never open (bytes matter on throttled lines; see docs/decisions/009-page-weight.md).
 * Synchronous (next-intl's server `useLocale`), so it renders inline with its parent.
 */
export function Link({ href, ...props }: Omit<ComponentProps<"a">, "href"> & { href: string }) {
  const locale = useLocale() as Locale;
  return <a href={localePath(locale, href)} {...props} />;
}
