"use client";
import { useActionState } from "react";
import { idle, type ActionResult, type ActionState } from "@/lib/actions/action-result";

// A signature's confirmation returns its receipt; a press subscription's only `confirmed`.
type Confirmed = { receipt?: string; confirmed?: true };

type Props = {
  action: (state: unknown, formData: FormData) => Promise<ActionResult<Confirmed>>;
  token: string;
  text: { button: string; confirmed: string; invalid: string; unavailable: string; forbidden: string };
  receipt?: { heading: string; body: string; mailed: string; verify: string; verifyHref: string };
};

/** One button that confirms by POST: opening the link (as mail scanners do) confirms nothing. */
export function ConfirmForm({ action, token, text, receipt }: Props) {
  const [state, formAction, pending] = useActionState<ActionState<Confirmed>, FormData>(action, idle);
  if (state.status === "ok" && !(receipt && state.data.receipt)) {
    return (
      <p role="status" className="rounded border border-green-700 bg-green-50 p-4 text-green-900">
        {text.confirmed}
      </p>
    );
  }
  if (state.status === "ok" && receipt) {
    // Shown once: only its hash is stored, so this page cannot show it again.
    return (
      <div role="status" className="space-y-4 rounded border border-green-700 bg-green-50 p-4 text-green-900">
        <p>{text.confirmed}</p>
        <h2 className="text-xl font-bold">{receipt.heading}</h2>
        <p>{receipt.body}</p>
        <p
          className="rounded border border-stone-400 bg-white p-3 font-mono text-lg break-all text-stone-900"
          data-testid="receipt"
        >
          {state.data.receipt}
        </p>
        <p className="text-sm">{receipt.mailed}</p>
        <p>
          <a href={receipt.verifyHref} className="underline">
            {receipt.verify}
          </a>
        </p>
      </div>
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
