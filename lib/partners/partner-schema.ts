import { z } from "zod";
import { blank } from "@/lib/validation/text-fields";

// Messages are keys of messages/<locale>/adminPartners.json (errors.*): the admin form
// shows them in the language staff chose.

/** The code in a partner's link (/petition?partner=code) and embed: lowercase letters, digits, inner hyphens. */
export const PARTNER_CODE = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

export const partnerCodeSchema = z.string().trim().regex(PARTNER_CODE, "codeInvalid");

const webUrl = z
  .string()
  .trim()
  .max(500, "urlInvalid")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "urlInvalid");

/**
 * An origin as browsers send it in the Origin header: scheme, host and port only,
 * lowercase, default port left out ("https://example.org"). Anything with a path,
 * a query or credentials is refused so an exact string comparison is safe.
 */
export function normaliseOrigin(value: string): string | null {
  try {
    const url = new URL(value.trim());
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    if (url.username || url.password || url.search || url.hash || (url.pathname !== "/" && url.pathname !== "")) {
      return null;
    }
    return url.origin;
  } catch {
    return null;
  }
}

const partnerFields = z.object({
  code: partnerCodeSchema,
  name: z.string().trim().min(1, "nameRequired").max(120, "nameTooLong"),
  url: webUrl,
  // Where the embedded form lives, when it is not the site the link points to.
  origin: z.preprocess(blank, z.string().max(300, "originInvalid").optional()),
});

function withOrigin<T extends z.output<typeof partnerFields>>(input: T, context: z.RefinementCtx) {
  const origin = normaliseOrigin(input.origin ?? new URL(input.url).origin);
  if (!origin) {
    context.addIssue({ code: "custom", path: ["origin"], message: "originInvalid" });
    return z.NEVER;
  }
  return { ...input, origin };
}

export const partnerSchema = partnerFields.transform(withOrigin);
export const updatePartnerSchema = partnerFields.extend({ id: z.string().min(1).max(64) }).transform(withOrigin);

export type PartnerInput = z.output<typeof partnerSchema>;
