import { createHash } from "node:crypto";

/**
 * A fingerprint of a record's translations as a form loaded them. Charges and quotes
 * have no version column, so their translation forms send this back: a save over
 * translations someone else changed meanwhile is refused instead of overwriting them.
 */
export function translationsBasis(translations: unknown): string {
  return createHash("sha256").update(canonical(translations)).digest("base64url").slice(0, 22);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${canonical(child)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
