import { signatureFilterSchema, type SignatureFilter } from "./signature-filter";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

/**
 * The bulk-invalidation filter as it travels in the URL (preview) and in the confirm
 * form: plain strings, empty meaning "any". One parser for both, so the preview and
 * the action count the same rows.
 */
export function signatureFilterFromForm(
  input: Record<string, string | undefined>,
): { status: "ok"; filter: SignatureFilter } | { status: "invalid"; fieldErrors: Record<string, string[]> } {
  const text = (key: string) => (input[key] ?? "").trim() || undefined;
  const day = (key: string) => {
    const value = text(key);
    return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value ? "bad" : undefined;
  };
  const errors: Record<string, string[]> = {};
  const createdFrom = day("createdFrom");
  const createdToDay = day("createdTo");
  if (createdFrom === "bad") errors.createdFrom = ["Use YYYY-MM-DD."];
  if (createdToDay === "bad") errors.createdTo = ["Use YYYY-MM-DD."];
  const status = text("status");
  const suspect = text("suspect");
  const candidate = {
    petitionId: text("petitionId") ?? "",
    ...(status === "PENDING" || status === "CONFIRMED" ? { status } : {}),
    ...(suspect === "yes" ? { suspect: true } : suspect === "no" ? { suspect: false } : {}),
    ...(text("country") ? { country: text("country")!.toUpperCase() } : {}),
    ...(text("emailDomain") ? { emailDomain: text("emailDomain")!.toLowerCase() } : {}),
    ...(createdFrom instanceof Date ? { createdFrom } : {}),
    // "To" is inclusive for people: up to the end of that day.
    ...(createdToDay instanceof Date ? { createdTo: new Date(createdToDay.getTime() + 86_400_000) } : {}),
    ...(text("nameContains") ? { nameContains: text("nameContains") } : {}),
  };
  const parsed = signatureFilterSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const field of Object.keys(fieldErrorsOf(parsed.error))) {
      (errors[field] ??= []).push(
        field === "country"
          ? "Use a two-letter country code, e.g. AZ."
          : field === "emailDomain"
            ? "Enter a domain like example.org."
            : "Check this value.",
      );
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { status: "invalid", fieldErrors: errors };
  return { status: "ok", filter: parsed.data };
}
