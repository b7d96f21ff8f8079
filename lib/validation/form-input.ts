/** Never echoed back into a re-rendered form (the page's HTML would carry them). */
const SECRET_FIELDS = new Set(["password", "passwordAgain", "code"]);

export type FormInput = Record<string, string | string[]>;

/**
 * FormData as the plain object a zod schema parses: one string per field, and the
 * named repeated fields (checkbox lists) as arrays of their non-empty values. Files and
 * Next's own `$ACTION…` fields are left out.
 */
export function formInput(formData: FormData): Record<string, string>;
export function formInput(formData: FormData, arrays?: readonly string[]): FormInput;
export function formInput(formData: FormData, arrays: readonly string[] = []): FormInput {
  const input: FormInput = {};
  for (const key of arrays)
    input[key] = formData.getAll(key).filter((v): v is string => typeof v === "string" && v !== "");
  for (const [key, value] of formData.entries()) {
    if (arrays.includes(key) || key.startsWith("$ACTION") || typeof value !== "string") continue;
    input[key] = value;
  }
  return input;
}

/** What the user typed, to put back into the form: single values only, secrets and `omit` left out. */
export function echoValues(input: FormInput, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === "string" && !SECRET_FIELDS.has(key) && !omit.includes(key)) values[key] = value;
  }
  return values;
}
