import { env } from "./env";

/**
 * This process's own HTTP address, for work that must reach this very instance (a
 * load balancer in front would pick any). Next's server (and scripts/serve.ts) set
 * __NEXT_PRIVATE_ORIGIN when they start listening; a wildcard listen address is
 * reached on the loopback.
 */
export function ownOrigin(): string {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  if (!origin) return env().APP_URL;
  try {
    const url = new URL(origin);
    if (url.hostname === "0.0.0.0" || url.hostname === "[::]") url.hostname = "127.0.0.1";
    return url.origin;
  } catch {
    // "http://:::3000" (an unbracketed IPv6 wildcard) is not a URL: the port is what matters.
    const port = /:(\d+)$/.exec(origin)?.[1];
    return port ? `http://127.0.0.1:${port}` : env().APP_URL;
  }
}
