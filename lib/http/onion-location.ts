import { env } from "@/lib/config/env";

/**
 * The same page on the site's onion service, for the `Onion-Location` header (Tor
 * Browser then offers to switch), or undefined when ONION_LOCATION is not set. Read
 * on every request, so setting the variable needs a restart, not a rebuild.
 */
export function onionLocationFor(pathAndQuery: string): string | undefined {
  const base = env().ONION_LOCATION;
  if (!base) return undefined;
  return new URL(pathAndQuery, base).toString();
}
