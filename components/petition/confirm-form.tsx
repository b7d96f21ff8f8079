"use client";
import { useActionState } from "react";
import { idle, type ActionResult, type ActionState } from "@/lib/actions/action-result";

type Props = {
  action: (state: unknown, formData: FormData) => Promise<ActionResult<{ confirmed: true }>>;
  token: string;
  text: { button: string; confirmed: string; invalid: string; unavailable: string; forbidden: string };
};

/** One button that confirms by POST: opening the link (as mail scanners do) confirms nothing. */
export function ConfirmForm({ action, token, text }: Props) {
  const [state, formAction, pending] = useActionState<ActionState<{ confirmed: true }>, FormData>(action, idle);
  if (state.status === "ok") {
    return (
      <p role="status" className="rounded border border-green-700 bg-green-50 p-4 text-green-900">
        {text.confirmed}
      </p>
    );
  }
  const error = state.status === "error" ? (text[state.formError as keyof typeof text] ?? text.invalid) : null;
  return (
    <form action={formAction} className="space-y-4">
      {error ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {text.button}
      </button>
    </form>
  );
}
