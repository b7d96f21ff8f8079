"use client";
import { createElement, useActionState, useEffect, useRef, useSyncExternalStore } from "react";
import { idle, type ActionResult, type ActionState } from "@/lib/actions/action-result";

export type SignFormText = {
  heading: string;
  name: string;
  nameHint: string;
  email: string;
  emailHint: string;
  country: string;
  countryPlaceholder: string;
  showPublicly: string;
  contactOptIn: string;
  consentHeading: string;
  submit: string;
  honeypot: string;
  requiredNote: string;
  challengeWorking: string;
  results: Record<string, string>;
  errors: Record<string, string>;
};

type Props = {
  action: (state: unknown, formData: FormData) => Promise<ActionResult<{ signed: true }>>;
  locale: string;
  consentVersion: number;
  /** The notice's language: the page's, or English when the current version lacks a translation. */
  consentLocale: string;
  consentText: string;
  countries: { code: string; name: string }[];
  text: SignFormText;
  idPrefix?: string;
  /** The partner organisation whose link brought the signer (its code), kept with the signature. */
  partner?: string;
};

const noSubscribe = () => () => {};

// React resets a form after its action runs, and a <select> does not take a new
// defaultValue after mounting: a fresh key per result remounts the form with the
// values the server echoed (so a resent or corrected form keeps its country).
const resultKeys = new WeakMap<object, number>();
let nextResultKey = 0;
function keyOf(state: object): number {
  let key = resultKeys.get(state);
  if (key === undefined) resultKeys.set(state, (key = ++nextResultKey));
  return key;
}

/**
 * The sign form. Without JavaScript it is a plain form posting a server action and
 * the page comes back with the result. With JavaScript the same action runs in
 * place, and when the server asks for a proof-of-work (a risky submission) the
 * ALTCHA widget, bundled from our own origin, solves it and sends the form again.
 */
export function SignForm({
  action,
  locale,
  consentVersion,
  consentLocale,
  consentText,
  countries,
  text,
  idPrefix = "sign",
  partner,
}: Props) {
  const [state, formAction, pending] = useActionState<ActionState<{ signed: true }>, FormData>(action, idle);
  // True once hydrated: this browser runs our script and can solve a proof-of-work.
  const scripted = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  const formRef = useRef<HTMLFormElement>(null);
  const needsChallenge = state.status === "invalid" && state.formError === "challenge";

  useEffect(() => {
    if (!needsChallenge) return;
    let widget: HTMLElement | null = null;
    const onState = (event: Event) => {
      if ((event as CustomEvent<{ state?: string }>).detail?.state === "verified") formRef.current?.requestSubmit();
    };
    // The widget's own words in the page's language: its translations register
    // themselves, and must be there before the widget first renders.
    const translation =
      locale === "az" ? import("altcha/i18n/az") : locale === "ru" ? import("altcha/i18n/ru") : Promise.resolve();
    void translation
      .then(() => import("altcha"))
      .then(() => {
        const element = formRef.current?.querySelector("altcha-widget") ?? null;
        widget = element;
        element?.addEventListener("statechange", onState);
        // Solved before we listened: send now.
        if ((element as { getState?: () => string } | null)?.getState?.() === "verified")
          formRef.current?.requestSubmit();
      });
    return () => widget?.removeEventListener("statechange", onState);
  }, [needsChallenge, locale]);

  const values = state.status === "invalid" ? (state.values ?? {}) : {};
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const id = (field: string) => `${idPrefix}-${field}`;
  const fieldError = (field: string) => {
    const key = errors[field]?.[0];
    return key ? (
      <p id={id(`${field}-error`)} className="mt-1 text-sm font-medium text-red-800">
        {text.errors[key] ?? key}
      </p>
    ) : null;
  };
  const described = (field: string, hint = false) =>
    [hint ? id(`${field}-hint`) : null, errors[field]?.length ? id(`${field}-error`) : null]
      .filter(Boolean)
      .join(" ") || undefined;

  if (state.status === "ok") {
    return (
      <p role="status" className="rounded border border-green-700 bg-green-50 p-4 text-green-900">
        {text.results.accepted}
      </p>
    );
  }

  const formError = state.status === "invalid" || state.status === "error" ? state.formError : undefined;
  return (
    <form
      key={keyOf(state)}
      ref={formRef}
      action={formAction}
      className="space-y-4"
      noValidate
      aria-labelledby={id("heading")}
    >
      <h2 id={id("heading")} className="text-xl font-bold">
        {text.heading}
      </h2>
      <p className="text-sm text-stone-700">{text.requiredNote}</p>
      {formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {text.results[formError] ?? formError}
        </p>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="consentVersion" value={consentVersion} />
      <input type="hidden" name="consentLocale" value={consentLocale} />
      {scripted ? <input type="hidden" name="js" value="1" /> : null}
      {partner ? <input type="hidden" name="partner" value={partner} /> : null}

      <div>
        <label htmlFor={id("name")} className="block font-medium">
          {text.name}
        </label>
        <p id={id("name-hint")} className="text-sm text-stone-600">
          {text.nameHint}
        </p>
        <input
          id={id("name")}
          name="name"
          required
          maxLength={100}
          autoComplete="name"
          defaultValue={values.name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={described("name", true)}
          className="mt-1 w-full rounded border border-stone-500 px-3 py-2"
        />
        {fieldError("name")}
      </div>

      <div>
        <label htmlFor={id("email")} className="block font-medium">
          {text.email}
        </label>
        <p id={id("email-hint")} className="text-sm text-stone-600">
          {text.emailHint}
        </p>
        <input
          id={id("email")}
          name="email"
          type="email"
          required
          maxLength={254}
          autoComplete="email"
          defaultValue={values.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={described("email", true)}
          className="mt-1 w-full rounded border border-stone-500 px-3 py-2"
        />
        {fieldError("email")}
      </div>

      <div>
        <label htmlFor={id("country")} className="block font-medium">
          {text.country}
        </label>
        <select
          id={id("country")}
          name="country"
          required
          defaultValue={values.country ?? ""}
          autoComplete="country"
          aria-invalid={errors.country ? true : undefined}
          aria-describedby={described("country")}
          className="mt-1 w-full rounded border border-stone-500 bg-white px-3 py-2"
        >
          <option value="">{text.countryPlaceholder}</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
        {fieldError("country")}
      </div>

      <div className="flex items-start gap-2">
        <input
          id={id("showPublicly")}
          name="showPublicly"
          type="checkbox"
          defaultChecked={values.showPublicly === "on"}
          className="mt-1 h-5 w-5"
        />
        <label htmlFor={id("showPublicly")}>{text.showPublicly}</label>
      </div>
      <div className="flex items-start gap-2">
        <input
          id={id("contactOptIn")}
          name="contactOptIn"
          type="checkbox"
          defaultChecked={values.contactOptIn === "on"}
          className="mt-1 h-5 w-5"
        />
        <label htmlFor={id("contactOptIn")}>{text.contactOptIn}</label>
      </div>

      {/* Honeypot: off-screen and out of the tab order; people never fill it, naive bots do. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={id("website")}>{text.honeypot}</label>
        <input id={id("website")} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <details className="rounded border border-stone-300 bg-white p-3 text-sm">
        <summary className="cursor-pointer font-medium">{text.consentHeading}</summary>
        <p className="mt-2 whitespace-pre-line" lang={consentLocale === locale ? undefined : consentLocale}>
          {consentText}
        </p>
      </details>

      {needsChallenge
        ? createElement("altcha-widget", {
            challenge: "/api/petition/challenge",
            auto: "onload",
            name: "altcha",
            language: locale,
            hidefooter: "",
          })
        : null}

      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 focus:outline-none focus-visible:ring-4 focus-visible:ring-brand-100 disabled:opacity-70"
      >
        {pending && needsChallenge ? text.challengeWorking : text.submit}
      </button>
    </form>
  );
}
