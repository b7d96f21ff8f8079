/**
 * Thrown from an action's work when it must stop: the transaction rolls back and the
 * form shows the message, with what the user typed. Library functions throw these too,
 * so an action never translates a library's "no" by hand.
 */
export class ActionError extends Error {}

/**
 * The record a form was about is gone (deleted meanwhile, or a stale page): the one
 * answer for "not found" in every staff action.
 */
export class NotFoundError extends ActionError {
  constructor(what: string) {
    super(`This ${what} no longer exists. Reload the page.`);
  }
}

/** The value, or a NotFoundError naming what is missing. */
export function found<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new NotFoundError(what);
  return value;
}
