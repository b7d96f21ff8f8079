import type { ComponentProps } from "react";
import { getLocale } from "next-intl/server";
import { localePath, type Locale } from "./locale-path";

/**
 * A link to a public page in the current language. A plain <a>, not next/link: reading
 * pages then ship no client router code for links and prefetch nothing a reader may
 * never open (bytes matter on throttled lines; see docs/decisions/007-re-page-weight.md).
 */
export async function Link({ href, ...props }: Omit<ComponentProps<"a">, "href"> & { href: string }) {
  const locale = (await getLocale()) as Locale;
  return <a href={localePath(locale, href)} {...props} />;
}
