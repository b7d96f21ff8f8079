"use client";
import { useActionState } from "react";
import { idle, type ActionResult, type ActionState } from "@/lib/actions/action-result";
import type { VerifyResult } from "@/lib/ledger/verify-receipt-action";

type Props = {
  action: (state: unknown, formData: FormData) => Promise<ActionResult<VerifyResult>>;
  /** Base of the API's ledger URLs, so the result links to the day it names. */
  ledgerUrl: string;
  text: Record<string, string>;
};

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));

/** The receipt check: a plain form (POST), the answer and the inclusion path below it. */
export function VerifyReceiptForm({ action, ledgerUrl, text }: Props) {
  const [state, formAction, pending] = useActionState<ActionState<VerifyResult>, FormData>(action, idle);
  const fieldError = state.status === "invalid" ? state.fieldErrors.receipt?.[0] : undefined;
  const value = state.status === "invalid" ? (state.values?.receipt ?? "") : "";
  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-4">
        {state.status === "error" ? (
          <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
            {text[state.formError] ?? text.unavailable}
          </p>
        ) : null}
        <div>
          <label htmlFor="receipt" className="block font-medium">
            {text.label}
          </label>
          <p id="receipt-hint" className="text-sm text-stone-700">
            {text.hint}
          </p>
          <input
            id="receipt"
            name="receipt"
            required
            autoComplete="off"
            spellCheck={false}
            defaultValue={value}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? "receipt-hint receipt-error" : "receipt-hint"}
            className="mt-1 w-full rounded border border-stone-500 p-2 font-mono"
          />
          {fieldError ? (
            <p id="receipt-error" className="mt-1 text-sm font-medium text-red-800">
              {text[fieldError] ?? fieldError}
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
      {state.status === "ok" ? <Result result={state.data} ledgerUrl={ledgerUrl} text={text} /> : null}
    </div>
  );
}

function Result({
  result,
  ledgerUrl,
  text,
}: {
  result: VerifyResult;
  ledgerUrl: string;
  text: Record<string, string>;
}) {
  if (result.status === "absent") {
    return (
      <section role="status" className="rounded border border-stone-400 bg-white p-4" data-testid="verify-result">
        <p className="font-semibold">{text.absent}</p>
        <p className="mt-2 text-sm break-all">
          {text.commitment}: <code>{result.commitment}</code>
        </p>
      </section>
    );
  }
  const dayUrl = `${ledgerUrl}/${result.date}`;
  return (
    <section
      role="status"
      aria-labelledby="verify-found"
      className="space-y-3 rounded border border-green-700 bg-green-50 p-4 text-green-950"
      data-testid="verify-result"
    >
      <h2 id="verify-found" className="text-xl font-bold">
        {result.removedOn ? fill(text.removed!, { date: result.removedOn }) : text.found}
      </h2>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium">{text.day}</dt>
        <dd>{result.date}</dd>
        <dt className="font-medium">{text.position}</dt>
        <dd>{fill(text.positionValue!, { index: result.index, count: result.leafCount })}</dd>
        <dt className="font-medium">{text.commitment}</dt>
        <dd className="font-mono break-all">{result.commitment}</dd>
        <dt className="font-medium">{text.dayRoot}</dt>
        <dd className="font-mono break-all" data-testid="day-root">
          {result.addedRoot}
        </dd>
      </dl>
      <h3 className="font-semibold">{text.pathHeading}</h3>
      <p className="text-sm">{text.pathHelp}</p>
      {result.path.length === 0 ? (
        <p className="text-sm">{text.pathEmpty}</p>
      ) : (
        <ol className="list-decimal space-y-1 pl-6 font-mono text-sm break-all" data-testid="inclusion-path">
          {result.path.map((step, index) => (
            <li key={index}>
              {step.side === "left" ? text.left : text.right}: {step.hash}
            </li>
          ))}
        </ol>
      )}
      <p className="text-sm">
        {text.compare}{" "}
        <a href={dayUrl} className="break-all underline">
          {dayUrl}
        </a>
      </p>
    </section>
  );
}
