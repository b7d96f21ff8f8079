import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;

/**
 * Zod issues grouped by top-level field: the one shape forms, actions and the API
 * report bad input in. An issue without a path (a whole-object refinement) goes under
 * `fallbackKey`; unknown keys of a strict schema are reported under their own names.
 */
export function fieldErrorsOf(error: z.ZodError, fallbackKey = "_form"): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) (errors[key] ??= []).push("unknown parameter");
    } else {
      (errors[String(issue.path[0] ?? fallbackKey)] ??= []).push(issue.message);
    }
  }
  return errors;
}
