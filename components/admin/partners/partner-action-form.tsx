"use client";

import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { idle, type ActionResult, type ActionState } from "@/lib/actions/action-result";
import type { FormOk } from "@/lib/actions/form-action-types";

type FormAction = (state: ActionState<FormOk>, formData: FormData) => Promise<ActionResult<FormOk>>;

export type PartnerFormField = {
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string;
  required?: boolean;
  type?: "text" | "url";
};

/**
 * A partners-page form bound to a server action, working without JavaScript. The
 * action answers with message keys (adminPartners.json: errors.*, results.*), shown
 * here in the language staff chose; a message that is not a key (the shared
 * wrappers' own) is shown as it is.
 */
export function PartnerActionForm({
  action,
  fields = [],
  hidden = {},
  submitLabel,
  danger = false,
}: {
  action: FormAction;
  fields?: PartnerFormField[];
  hidden?: Record<string, string>;
  submitLabel: string;
  danger?: boolean;
}) {
  const t = useTranslations("adminPartners");
  const [state, formAction, pending] = useActionState<ActionState<FormOk>, FormData>(action, idle);
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const say = (group: "errors" | "results", key: string) => (t.has(`${group}.${key}`) ? t(`${group}.${key}`) : key);
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const values = state.status === "invalid" ? (state.values ?? {}) : {};
  return (
    <form action={formAction} className="space-y-4">
      {state.status === "ok" && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {say("results", state.data?.message ?? "saved")}
          {state.data?.link && (
            <>
              {" "}
              <code className="font-mono break-all" data-testid="issued-link">
                {state.data.link}
              </code>
            </>
          )}
        </p>
      )}
      {(state.status === "invalid" || state.status === "error") && state.formError && (
        <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {say("errors", state.formError)}
        </div>
      )}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => {
        const id = `${prefix}-${field.name}`;
        const fieldErrors = errors[field.name];
        const describedBy =
          [field.hint ? `${id}-hint` : null, fieldErrors ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
        const value = values[field.name] ?? field.defaultValue ?? "";
        return (
          <div key={field.name}>
            <label htmlFor={id} className="block font-medium">
              {field.label}
              {field.required && <span aria-hidden="true"> *</span>}
            </label>
            {field.hint && (
              <p id={`${id}-hint`} className="text-sm text-stone-700">
                {field.hint}
              </p>
            )}
            <input
              id={id}
              name={field.name}
              type={field.type ?? "text"}
              key={value}
              defaultValue={value}
              required={field.required}
              aria-invalid={fieldErrors ? true : undefined}
              aria-describedby={describedBy}
              className="mt-1 block w-full rounded border border-stone-500 bg-white px-3 py-2 text-stone-900"
            />
            {fieldErrors?.length ? (
              <p id={`${id}-error`} className="text-sm font-medium text-red-800">
                {fieldErrors.map((key) => say("errors", key)).join(" ")}
              </p>
            ) : null}
          </div>
        );
      })}
      <button
        type="submit"
        disabled={pending}
        className={`rounded px-4 py-2 font-semibold text-white disabled:opacity-60 ${danger ? "bg-red-800 hover:bg-red-900" : "bg-brand-800 hover:bg-brand-900"}`}
      >
        {submitLabel}
      </button>
    </form>
  );
}
