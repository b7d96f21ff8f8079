import Bowser from "bowser";

/** "Firefox on Linux": enough to recognise one's own devices, too little to fingerprint anyone. */
export function describeDevice(userAgent: string | null | undefined): string {
  if (!userAgent) return "Unknown device";
  const parsed = Bowser.parse(userAgent.slice(0, 512));
  const browser = parsed.browser.name ?? "Unknown browser";
  const os = parsed.os.name;
  return (os ? `${browser} on ${os}` : browser).slice(0, 100);
}
