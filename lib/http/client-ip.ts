import { env } from "@/lib/config/env";

/**
 * The client's address as the nearest trusted proxy saw it. Each of `trustedHops`
 * proxies appends the address it received from; Next adds the socket address only
 * when no X-Forwarded-For header came in. With no proxy (0) the header is the
 * client's own word: deployments must sit behind a proxy that sets it (see
 * docs/decisions/004). IPv6 addresses are cut to their /64, which one subscriber holds.
 * Used for the petition's and the sign-in's rate limits alike.
 */
export function clientIp(headers: Headers, trustedHops = env().TRUST_PROXY_HOPS): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const ip = entries[entries.length - Math.max(trustedHops, 1)] ?? entries[0] ?? "unknown";
  return ip.includes(":") && !ip.includes(".") ? ipv6Prefix64(ip) : ip.replace(/^::ffff:/, "");
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
