/**
 * The one shape every server action returns, told apart by `status` (the outcome
 * field everywhere: actions, library outcomes, API helpers): `ok(...)`, `invalid(...)`
 * or `failed(...)`. Field errors are message keys or readable strings per field;
 * `values` echoes what the user typed (never secrets) so a form re-rendered without
 * JavaScript keeps its input. Staff actions get these from `staffAction`.
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
