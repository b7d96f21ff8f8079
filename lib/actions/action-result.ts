import type { z } from "zod";

/**
 * The one shape every server action returns: authorise, validate, act, then
 * `ok(...)` or `invalid(...)`/`failed(...)`. Field errors are message keys or
 * readable strings per field; `values` echoes what the user typed (never secrets)
 * so a form re-rendered without JavaScript keeps its input.
 */
export type ActionResult<T = undefined> =
  | { status: "ok"; data: T }
  | {
      status: "invalid";
      fieldErrors: Record<string, string[]>;
      formError?: string;
      values?: Record<string, string>;
    }
  | { status: "error"; formError: string };

export type ActionState<T = undefined> = ActionResult<T> | { status: "idle" };

export const idle = { status: "idle" } as const;

export function ok<T>(data: T): ActionResult<T> {
  return { status: "ok", data };
}

export function invalid(
  fieldErrors: Record<string, string[]>,
  options: { formError?: string; values?: Record<string, string> } = {},
): ActionResult<never> {
  return { status: "invalid", fieldErrors, ...options };
}

export function failed(formError: string): ActionResult<never> {
  return { status: "error", formError };
}

/** Zod issues grouped by top-level field, in the form `invalid()` takes. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

/** FormData as a plain object of strings (files and repeated keys are the caller's business). */
export function formValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}
