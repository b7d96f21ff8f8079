// Providers that deliver `a.b+tag@` to `ab@`: one person, one signature. Only
// providers known to ignore dots lose them; plus-tags are stripped where the
// provider documents sub-addressing, so `x+1@`, `x+2@` cannot sign twice.
const IGNORES_DOTS = new Set(["gmail.com", "googlemail.com"]);
const DOMAIN_ALIASES: Record<string, string> = { "googlemail.com": "gmail.com" };
const PLUS_TAGS = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "fastmail.com",
  "fastmail.fm",
  "proton.me",
  "protonmail.com",
  "pm.me",
  "yandex.ru",
  "yandex.com",
  "ya.ru",
  "mail.ru",
  "gmx.de",
  "gmx.net",
  "posteo.de",
  "tutanota.com",
  "tuta.io",
]);

export type NormalisedEmail = { address: string; domain: string };

/** The form of an address used for dedupe: lower case, and where the provider ignores them, no dots or `+tags`. */
export function normaliseEmail(email: string): NormalisedEmail {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf("@");
  let local = trimmed.slice(0, at);
  let domain = trimmed.slice(at + 1).replace(/\.$/, "");
  if (PLUS_TAGS.has(domain)) local = local.split("+")[0] ?? local;
  if (IGNORES_DOTS.has(domain)) local = local.replaceAll(".", "");
  domain = DOMAIN_ALIASES[domain] ?? domain;
  return { address: `${local}@${domain}`, domain };
}

/** Big providers that thousands of real signers share: a per-domain limit would only lock them out. */
export function isCommonMailDomain(domain: string): boolean {
  return PLUS_TAGS.has(domain) || COMMON_OTHERS.has(domain);
}

const COMMON_OTHERS = new Set([
  "yahoo.com",
  "yahoo.co.uk",
  "aol.com",
  "mail.az",
  "box.az",
  "rambler.ru",
  "bk.ru",
  "list.ru",
  "inbox.ru",
  "web.de",
  "orange.fr",
  "free.fr",
  "t-online.de",
  "gmx.com",
  "zoho.com",
  "qq.com",
  "163.com",
]);
