import { env } from "@/lib/config/env";

// Written by scripts/peer-address.mjs from the TCP socket (keep the names in step).
export const PEER_HEADER = "x-free-voices-peer";
const PEER_ADDRESS_LOADED = Symbol.for("free-voices.peer-address-loaded");

/** The bucket every request shares when the app cannot know who sent it. */
export const UNKNOWN_CLIENT = "unknown";

/**
 * The client's address, for the petition's and the sign-in's rate limits.
 *
 * - Behind `trustedHops` proxies (TRUST_PROXY_HOPS ≥ 1): the address the nearest
 *   trusted proxy appended to X-Forwarded-For (each proxy appends the address it
 *   received from, so anything further left may be the client's own invention).
 * - With no proxy (0): the TCP peer address that scripts/start.ts's preload put in
 *   PEER_HEADER. X-Forwarded-For is then the client's own word and is ignored. Without
 *   the preload (`next start` run by hand) every request shares one bucket: stricter
 *   limits for everyone, never a limit an attacker can step around.
 *
 * IPv6 addresses are cut to their /64, which one subscriber holds.
 */
export function clientIp(headers: Headers, trustedHops = env().TRUST_PROXY_HOPS): string {
  let ip: string | undefined;
  if (trustedHops === 0) {
    const loaded = (globalThis as Record<symbol, unknown>)[PEER_ADDRESS_LOADED] === true;
    ip = loaded ? headers.get(PEER_HEADER)?.trim() : undefined;
  } else {
    const entries = (headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    // Fewer entries than proxies: the request skipped the outer ones; the leftmost is
    // still one a trusted proxy (or Next, from the socket) wrote.
    ip = entries[entries.length - trustedHops] ?? entries[0];
  }
  if (!ip) return UNKNOWN_CLIENT;
  return ip.includes(":") && !ip.includes(".") ? ipv6Prefix64(ip) : ip.replace(/^::ffff:/, "");
}

/** The same, from Node's header object (next-auth's `authorize` gets one). */
export function clientIpOfNodeHeaders(headers: Record<string, string | string[] | undefined> | undefined): string {
  const copy = new Headers();
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (value !== undefined) copy.set(key, Array.isArray(value) ? value.join(",") : value);
  }
  return clientIp(copy);
}

function ipv6Prefix64(ip: string): string {
  const [head = "", tail = ""] = ip.split("%")[0]!.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => (group || "0").toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
