"use client";
import { useActionState } from "react";
import { idle, type ActionResult, type ActionState } from "@/lib/actions/action-result";
import type { FulfilOutcome } from "@/lib/petition/fulfil-signer-request";

type Props = {
  action: (state: unknown, formData: FormData) => Promise<ActionResult<FulfilOutcome>>;
  token: string;
  /** The page's language, for naming the language of the notice the signer agreed to. */
  locale: string;
  text: Record<string, string>;
};

/** The emailed link's landing page: one button (POST) that shows or erases the signer's data. */
export function SignerRequestResult({ action, token, locale, text }: Props) {
  const [state, formAction, pending] = useActionState<ActionState<FulfilOutcome>, FormData>(action, idle);
  if (state.status === "ok") {
    const outcome = state.data;
    if (outcome.status === "invalid") return <p role="alert">{text.invalid}</p>;
    if (outcome.status === "nameHidden") return <p role="status">{outcome.found ? text.nameHidden : text.none}</p>;
    if (outcome.status === "erased") return <p role="status">{outcome.found ? text.erased : text.none}</p>;
    const signature = outcome.signature;
    if (!signature) return <p role="status">{text.none}</p>;
    const yesNo = (value: boolean) => (value ? text.yes : text.no);
    const rows: [string, string][] = [
      [text.fieldName, signature.name],
      [text.fieldEmail, text.fieldEmailValue!],
      [text.fieldCountry, signature.country],
      [text.fieldStatus, text[`status${signature.status}`] ?? signature.status],
      [text.fieldSigned, signature.createdAt.slice(0, 16).replace("T", " ") + " UTC"],
      [
        text.fieldConfirmed,
        signature.confirmedAt ? signature.confirmedAt.slice(0, 16).replace("T", " ") + " UTC" : "—",
      ],
      [text.fieldShowPublicly, yesNo(signature.showPublicly)],
      [text.fieldContact, yesNo(signature.contactOptIn)],
      [
        text.fieldConsent,
        `${signature.consentVersion} (${new Intl.DisplayNames([locale], { type: "language" }).of(signature.consentLocale) ?? signature.consentLocale})`,
      ],
    ].map(([label, value]) => [label ?? "", value ?? ""]);
    return (
      <section role="status" aria-labelledby="signer-data-heading">
        <h2 id="signer-data-heading" className="text-xl font-bold">
          {text.dataHeading}
        </h2>
        <dl className="mt-4 grid grid-cols-1 gap-2 sm:grid-cols-[16rem_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    );
  }
  return (
    <form action={formAction} className="space-y-4">
      {state.status === "error" ? <p role="alert">{text.unavailable}</p> : null}
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
