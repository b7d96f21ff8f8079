"use client";

import { useTranslations } from "next-intl";
import { createElement, useEffect } from "react";
import { useActionFormState } from "./action-form";

/**
 * The friction step of sign-in under attack: when the action answers with a
 * `_challenge` field error, an ALTCHA widget solves a proof-of-work in the browser and
 * its solution is posted with the form. The password is not echoed back, so the person
 * types it again meanwhile; without JavaScript the message says what else works.
 */
export function ProofOfWorkStep() {
  const state = useActionFormState();
  const t = useTranslations("adminCommon");
  const needed = state.status === "invalid" && Boolean(state.fieldErrors._challenge?.length);

  useEffect(() => {
    if (needed) void import("altcha");
  }, [needed]);

  if (!needed) return null;
  return (
    <div className="space-y-2">
      <p className="text-sm">{t("proofOfWork")}</p>
      {createElement("altcha-widget", {
        challenge: "/api/petition/challenge",
        auto: "onload",
        name: "altcha",
        hidefooter: "",
      })}
    </div>
  );
}
