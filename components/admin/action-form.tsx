"use client";

import { createContext, useActionState, useContext, useId, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { idle, type ActionResult, type ActionState } from "@/lib/actions/action-result";

import type { FormOk as OkData } from "@/lib/actions/form-action-types";
type FormAction = (state: ActionState<OkData>, formData: FormData) => Promise<ActionResult<OkData>>;

const FormState = createContext<ActionState<OkData>>(idle);

/**
 * A form bound to a server action. Works without JavaScript: the browser posts the
 * form, the server runs the action and renders the page with its result.
 */
export function ActionForm({
  action,
  children,
  submitLabel,
  className = "",
  danger = false,
}: {
  action: FormAction;
  children: ReactNode;
  submitLabel: string;
  className?: string;
  danger?: boolean;
}) {
  const [state, formAction, pending] = useActionState<ActionState<OkData>, FormData>(action, idle);
  return (
    <form action={formAction} className={`space-y-4 ${className}`}>
      <FormState value={state}>
        {state.status === "ok" && (
          <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
            {state.data?.message ?? "Saved."}
            {state.data?.link && (
              <>
                {" "}
                <code className="font-mono break-all">{state.data.link}</code>
              </>
            )}
            {state.data?.next && (
              <>
                {" "}
                <a href={state.data.next.href} className="font-semibold underline">
                  {state.data.next.label}
                </a>
              </>
            )}
          </p>
        )}
        {(state.status === "invalid" || state.status === "error") && state.formError && (
          <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
            {state.formError}
          </div>
        )}
        {children}
        <button
          type="submit"
          disabled={pending}
          className={`rounded px-4 py-2 font-semibold text-white disabled:opacity-60 ${danger ? "bg-red-800 hover:bg-red-900" : "bg-brand-800 hover:bg-brand-900"}`}
        >
          {submitLabel}
        </button>
      </FormState>
    </form>
  );
}

function useField(name: string, initial: string | undefined) {
  const state = useContext(FormState);
  const errors = state.status === "invalid" ? state.fieldErrors[name] : undefined;
  const values = state.status === "invalid" ? state.values : undefined;
  return { errors, value: values?.[name] ?? initial ?? "" };
}

function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-800">
      {errors.join(" ")}
    </p>
  );
}

const inputClass = "mt-1 block w-full rounded border border-stone-500 bg-white px-3 py-2 text-stone-900";

export function TextField({
  name,
  label,
  defaultValue,
  type = "text",
  required = false,
  hint,
  autoComplete,
  inputMode,
}: {
  name: string;
  label: string;
  defaultValue?: string | null;
  type?: string;
  required?: boolean;
  hint?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email";
}) {
  const { errors, value } = useField(name, defaultValue ?? undefined);
  const id = `field-${name}-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const describedBy =
    [hint ? `${id}-hint` : null, errors ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-stone-700">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        key={value}
        defaultValue={type === "password" ? undefined : value}
        required={required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
      />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function TextArea({
  name,
  label,
  defaultValue,
  rows = 4,
  hint,
}: {
  name: string;
  label: string;
  defaultValue?: string | null;
  rows?: number;
  hint?: string;
}) {
  const { errors, value } = useField(name, defaultValue ?? undefined);
  const id = `field-${name}-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-stone-700">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        name={name}
        rows={rows}
        key={value}
        defaultValue={value}
        aria-invalid={errors ? true : undefined}
        aria-describedby={
          [hint ? `${id}-hint` : null, errors ? `${id}-error` : null].filter(Boolean).join(" ") || undefined
        }
        className={inputClass}
      />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  defaultValue,
  options,
}: {
  name: string;
  label: string;
  defaultValue?: string | null;
  options: { value: string; label: string }[];
}) {
  const { errors, value } = useField(name, defaultValue ?? undefined);
  const id = `field-${name}-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        key={value}
        defaultValue={value}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : undefined}
        className={inputClass}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function CheckboxField({
  name,
  label,
  defaultChecked,
}: {
  name: string;
  label: string;
  defaultChecked?: boolean;
}) {
  const state = useContext(FormState);
  const values = state.status === "invalid" ? state.values : undefined;
  const checked = values ? values[name] === "on" : Boolean(defaultChecked);
  const id = `field-${name}-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  return (
    <div className="flex items-center gap-2">
      <input id={id} name={name} type="checkbox" key={String(checked)} defaultChecked={checked} className="h-5 w-5" />
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
    </div>
  );
}

/** Hidden values the server needs back (record id, version). An echoed value wins, so a conflict hands over the new version. */
export function HiddenField({ name, value }: { name: string; value: string | number }) {
  const { value: current } = useField(name, String(value));
  return <input type="hidden" name={name} value={current} />;
}

/** A form-level list of "someone else saved this meanwhile" differences, when the action sends them. */
export function ConflictNotice() {
  const state = useContext(FormState);
  const t = useTranslations("adminCommon");
  if (state.status !== "invalid" || !state.fieldErrors._conflict) return null;
  return (
    <div className="rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">
      <p className="font-semibold">{t("conflict")}</p>
      <ul className="list-disc pl-6">
        {state.fieldErrors._conflict.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** The result the surrounding ActionForm last got, for fields that appear only after a particular answer. */
export function useActionFormState(): ActionState<OkData> {
  return useContext(FormState);
}
