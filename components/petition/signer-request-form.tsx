"use client";
import { useActionState } from "react";
import { idle, type ActionResult, type ActionState } from "@/lib/actions/action-result";

type Props = {
  action: (state: unknown, formData: FormData) => Promise<ActionResult<{ sent: true }>>;
  locale: string;
  text: {
    email: string;
    kind: string;
    access: string;
    erase: string;
    hideName: string;
    submit: string;
    sent: string;
    results: Record<string, string>;
    errors: Record<string, string>;
  };
};

/** Asks for a single-use link to see or erase one's signature. Works without JavaScript. */
export function SignerRequestForm({ action, locale, text }: Props) {
  const [state, formAction, pending] = useActionState<ActionState<{ sent: true }>, FormData>(action, idle);
  if (state.status === "ok") {
    return (
      <p role="status" className="rounded border border-green-700 bg-green-50 p-4 text-green-900">
        {text.sent}
      </p>
    );
  }
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const values = state.status === "invalid" ? (state.values ?? {}) : {};
  const formError = state.status === "invalid" || state.status === "error" ? state.formError : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {text.results[formError] ?? formError}
        </p>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <div>
        <label htmlFor="rights-email" className="block font-medium">
          {text.email}
        </label>
        <input
          id="rights-email"
          name="email"
          type="email"
          required
          autoComplete="email"
          defaultValue={values.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "rights-email-error" : undefined}
          className="mt-1 w-full rounded border border-stone-500 px-3 py-2"
        />
        {errors.email?.[0] ? (
          <p id="rights-email-error" className="mt-1 text-sm font-medium text-red-800">
            {text.errors[errors.email[0]] ?? errors.email[0]}
          </p>
        ) : null}
      </div>
      <fieldset>
        <legend className="font-medium">{text.kind}</legend>
        <div className="mt-1 flex items-center gap-2">
          <input
            id="rights-access"
            type="radio"
            name="kind"
            value="ACCESS"
            defaultChecked={values.kind !== "ERASE" && values.kind !== "HIDE_NAME"}
            className="h-5 w-5"
          />
          <label htmlFor="rights-access">{text.access}</label>
        </div>
        <div className="mt-1 flex items-center gap-2">
          <input
            id="rights-erase"
            type="radio"
            name="kind"
            value="ERASE"
            defaultChecked={values.kind === "ERASE"}
            className="h-5 w-5"
          />
          <label htmlFor="rights-erase">{text.erase}</label>
        </div>
        <div className="mt-1 flex items-center gap-2">
          <input
            id="rights-hide-name"
            type="radio"
            name="kind"
            value="HIDE_NAME"
            defaultChecked={values.kind === "HIDE_NAME"}
            className="h-5 w-5"
          />
          <label htmlFor="rights-hide-name">{text.hideName}</label>
        </div>
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {text.submit}
      </button>
    </form>
  );
}
