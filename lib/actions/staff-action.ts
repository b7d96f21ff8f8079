import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { checkFreshCode } from "@/lib/auth/check-fresh-code";
import { assertSameOrigin, requireStaff, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { echoValues, formInput } from "@/lib/validation/form-input";
import { controlCharacterErrors } from "@/lib/validation/text-fields";
import { invalid, type ActionResult, type ActionState } from "./action-result";
import { ActionError } from "./action-error";
import type { FormOk } from "./form-action-types";

export type Tx = Prisma.TransactionClient;

/** What a staff write function takes first: who acts, and the transaction its audit row joins. */
export type StaffContext = { staff: StaffSession; tx: Tx };

/** What an action's work gets besides: the parsed input, the echo of the form, and a hook for after the commit. */
type WorkContext<S extends z.ZodType> = {
  input: z.output<S>;
  values: Record<string, string>;
  /** Runs once the transaction has committed (e.g. `refreshPublicPages`): a page re-rendered earlier would cache the old data. */
  afterCommit: (effect: () => void | Promise<void>) => void;
};

/** Ends an action on another page, once the transaction has committed. */
export type RedirectTo = { status: "redirect"; url: string };

export function redirectTo(url: string): RedirectTo {
  return { status: "redirect", url };
}

const built = new WeakSet<object>();

/** Whether a server action was made here: the authorisation walk checks every admin action is. */
export function isWrappedAction(action: unknown): boolean {
  return typeof action === "function" && built.has(action);
}

function register<F extends object>(action: F): F {
  built.add(action);
  return action;
}

type ActionOptions<S extends z.ZodType> = {
  /** Parses the form (FormData as a plain object, see `formInput`). */
  schema: S;
  /** Omit for any staff member; "ADMIN" for admin-only actions. */
  role?: Role;
  /** Fields posted as checkbox lists (repeated keys): parsed as arrays. */
  arrays?: readonly string[];
  /**
   * For dangerous actions (signer data, bulk changes): the form's `code` field must
   * hold a second-factor code typed for this action, checked before the work runs.
   */
  freshCode?: boolean;
};

type Work<S extends z.ZodType, T, C> = (context: C & WorkContext<S>) => Promise<ActionResult<NoInfer<T>> | RedirectTo>;

/**
 * The one way to write a staff server action, in this order: the request must come
 * from our own site, the session must be a signed-in staff member of the role, the
 * form must parse (else field errors with the typed values echoed, secrets never),
 * with `freshCode` the typed authenticator code must be right and unused, then the
 * work runs in one transaction with `{ staff, tx, input, values, afterCommit }`:
 * the change and its audit row commit together or not at all. A thrown `ActionError` (e.g.
 * `NotFoundError`) rolls back and comes back to the form as its message.
 *
 *   export const addQuoteAction = staffAction({ schema: quoteSchema }, async ({ staff, tx, input }) => { ... });
 */
export function staffAction<S extends z.ZodType, T = FormOk>(
  options: ActionOptions<S>,
  work: Work<S, T, StaffContext>,
) {
  return register(async (_state: ActionState<T>, formData: FormData): Promise<ActionResult<T>> => {
    await assertSameOrigin();
    const staff = await requireStaff(options.role);
    return run(options, formData, async (parsed) => {
      if (options.freshCode) {
        const check = await checkFreshCode(staff, String(formData.get("code") ?? ""));
        if (check.status !== "ok") return invalid({ code: [check.message] }, { values: parsed.values });
      }
      return db.$transaction((tx) => work({ staff, tx, ...parsed }));
    });
  });
}

/**
 * The same, for a plain `<form action>` button (remove, hide) whose page shows the
 * outcome by re-rendering: the result is not returned, so bad input changes nothing.
 */
export function staffButtonAction<S extends z.ZodType>(options: ActionOptions<S>, work: Work<S, FormOk, StaffContext>) {
  const action = staffAction(options, work);
  return register(async (formData: FormData): Promise<void> => {
    await action({ status: "idle" }, formData);
  });
}

/**
 * For the ways in (sign-in, accepting an invitation): the same steps without a
 * session. The wrapper opens no transaction for them: a failed sign-in must still
 * commit its attempt count, and accepting an invitation opens its own (the account
 * and its audit row, lib/staff/accept-invite.ts).
 */
export function publicAction<S extends z.ZodType, T = FormOk>(
  options: Omit<ActionOptions<S>, "role" | "freshCode">,
  work: Work<S, T, object>,
) {
  return register(async (_state: ActionState<T>, formData: FormData): Promise<ActionResult<T>> => {
    await assertSameOrigin();
    return run(options, formData, (parsed) => work(parsed));
  });
}

async function run<S extends z.ZodType, T>(
  options: Omit<ActionOptions<S>, "role">,
  formData: FormData,
  work: (parsed: WorkContext<S>) => Promise<ActionResult<T> | RedirectTo>,
): Promise<ActionResult<T>> {
  const raw = formInput(formData, options.arrays);
  const values = echoValues(raw);
  // Before the schema, for every form at once: a NUL reaching PostgreSQL fails the query.
  const controls = controlCharacterErrors(raw);
  if (controls) return invalid(controls, { values });
  const parsed = options.schema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), { values });
  const effects: (() => void | Promise<void>)[] = [];
  let result: ActionResult<T> | RedirectTo;
  try {
    result = await work({ input: parsed.data, values, afterCommit: (effect) => effects.push(effect) });
  } catch (error) {
    if (error instanceof ActionError) return invalid({}, { formError: error.message, values });
    throw error;
  }
  for (const effect of effects) await effect();
  // Outside the transaction: redirect() throws, which would roll the work back.
  if (result.status === "redirect") redirect(result.url);
  return result;
}
