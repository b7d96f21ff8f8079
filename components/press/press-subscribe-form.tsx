"use client";
import { useActionState } from "react";
import { idle, type ActionResult, type ActionState } from "@/lib/actions/action-result";

type Props = {
  action: (state: unknown, formData: FormData) => Promise<ActionResult<{ sent: true }>>;
  locale: string;
  text: {
    name: string;
    outlet: string;
    outletHint: string;
    email: string;
    language: string;
    languages: { en: string; az: string; ru: string };
    submit: string;
    sent: string;
    results: Record<string, string>;
    errors: Record<string, string>;
  };
};

const inputClass = "mt-1 w-full rounded border border-stone-500 px-3 py-2";

/** Joining the press list. Works without JavaScript: the page re-renders with the result. */
export function PressSubscribeForm({ action, locale, text }: Props) {
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
  const field = (name: "name" | "outlet" | "email", type: string, autoComplete: string, hint?: string) => {
    const error = errors[name]?.[0];
    const describedBy = [hint ? `press-${name}-hint` : null, error ? `press-${name}-error` : null]
      .filter(Boolean)
      .join(" ");
    return (
      <div>
        <label htmlFor={`press-${name}`} className="block font-medium">
          {text[name]}
        </label>
        {hint ? (
          <p id={`press-${name}-hint`} className="text-sm text-stone-700">
            {hint}
          </p>
        ) : null}
        <input
          id={`press-${name}`}
          name={name}
          type={type}
          required
          autoComplete={autoComplete}
          defaultValue={values[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          className={inputClass}
        />
        {error ? (
          <p id={`press-${name}-error`} className="mt-1 text-sm font-medium text-red-800">
            {text.errors[error] ?? error}
          </p>
        ) : null}
      </div>
    );
  };
  const languageError = errors.language?.[0];
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      {formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {text.results[formError] ?? formError}
        </p>
      ) : null}
      {field("name", "text", "name")}
      {field("outlet", "text", "organization", text.outletHint)}
      {field("email", "email", "email")}
      <div>
        <label htmlFor="press-language" className="block font-medium">
          {text.language}
        </label>
        <select
          id="press-language"
          name="language"
          defaultValue={values.language ?? locale}
          aria-invalid={languageError ? true : undefined}
          aria-describedby={languageError ? "press-language-error" : undefined}
          className={inputClass}
        >
          {(["az", "ru", "en"] as const).map((code) => (
            <option key={code} value={code}>
              {text.languages[code]}
            </option>
          ))}
        </select>
        {languageError ? (
          <p id="press-language-error" className="mt-1 text-sm font-medium text-red-800">
            {text.errors[languageError] ?? languageError}
          </p>
        ) : null}
      </div>
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
