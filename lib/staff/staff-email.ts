import { z } from "zod";

// RFC 5322 "dot-atom" local part, lower-cased: what mail servers and nodemailer accept
// without quoting. Quoted local parts are left out on purpose: no staff address needs one.
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
// Characters that would make the URL parser below read the domain as something else.
const NOT_IN_DOMAIN = /[\s/?#:@\\[\]%]/;

/**
 * The one rule for staff email addresses, used where accounts are created (first admin,
 * command line, invitations) and where staff sign in, so that every account that can be
 * created can sign in. Returns the stored form (trimmed, lower case, the domain in its
 * ASCII "xn--" form) or null.
 *
 * A domain without a dot is allowed: the first admin of a laptop install is
 * `admin@localhost`. An IP address is not a mail domain and is refused.
 */
export function normaliseStaffEmail(input: string): string | null {
  const address = input.trim().toLowerCase();
  if (address.length > 254) return null;
  const at = address.lastIndexOf("@");
  if (at < 1 || at === address.length - 1) return null;
  const local = address.slice(0, at);
  const domainInput = address.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local) || NOT_IN_DOMAIN.test(domainInput)) return null;

  let domain: string;
  try {
    // The WHATWG URL parser does IDNA (UTS #46) in Node and in browsers alike.
    domain = new URL(`http://${domainInput}/`).hostname;
  } catch {
    return null;
  }
  const labels = domain.split(".");
  if (domain.length > 253 || !labels.every((label) => DOMAIN_LABEL.test(label))) return null;
  if (/^\d+$/.test(labels.at(-1)!)) return null;
  return `${local}@${domain}`;
}

/** The staff email field of every form that creates an account or signs one in. */
export const staffEmailSchema = z
  .string("Enter your email address.")
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "Use at most 254 characters.")
  .transform((value, context) => {
    const email = normaliseStaffEmail(value);
    if (email === null) {
      context.addIssue({ code: "custom", message: "Enter a valid email address." });
      return z.NEVER;
    }
    return email;
  });
