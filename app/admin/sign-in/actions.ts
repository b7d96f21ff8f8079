"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldErrorsOf, invalid } from "@/lib/actions/action-result";
import type { FormResult, FormState } from "@/lib/actions/form-action-types";
import { checkCode } from "@/lib/auth/check-code";
import { checkPassword } from "@/lib/auth/check-password";
import { assertSameOrigin } from "@/lib/auth/session";
import { clearPendingSignIn, readPendingSignIn, setPendingSignIn, setSessionCookie } from "@/lib/auth/session-cookie";
import { codeSchema, signInSchema } from "@/lib/auth/schemas";
import { clientIp } from "@/lib/http/client-ip";

type Result = FormResult;

function waitMessage(seconds: number) {
  return `Too many failed attempts. Wait ${Math.ceil(seconds / 60)} minute(s) and try again.`;
}

export async function signInWithPassword(_: FormState, formData: FormData): Promise<Result> {
  await assertSameOrigin();
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  const values = { email: String(formData.get("email") ?? "") };
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), { values });
  const result = await checkPassword(parsed.data.email, parsed.data.password, clientIp(await headers()));
  if (result.status === "blocked") return invalid({}, { formError: waitMessage(result.retryAfterSeconds), values });
  if (result.status === "wrong") return invalid({}, { formError: "The email or password is wrong.", values });
  await setPendingSignIn({ sub: result.userId, email: result.email, stage: result.enrolled ? "code" : "enrol" });
  redirect(result.enrolled ? "/admin/sign-in/code" : "/admin/sign-in/enrol");
}

async function finishWithCode(formData: FormData, stage: "code" | "enrol"): Promise<Result> {
  await assertSameOrigin();
  const pending = await readPendingSignIn();
  if (!pending || pending.stage !== stage) redirect("/admin/sign-in");
  const parsed = z.object({ code: codeSchema }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const result = await checkCode(pending.sub, parsed.data.code, clientIp(await headers()), { enrolling: stage === "enrol" });
  if (result.status === "blocked") return invalid({}, { formError: waitMessage(result.retryAfterSeconds) });
  if (result.status === "wrong") {
    return invalid({ code: ["That code is wrong or has expired. Enter the 6-digit code your authenticator app shows now."] });
  }
  await clearPendingSignIn();
  await setSessionCookie(pending.sub);
  redirect("/admin");
}

export async function signInWithCode(_: FormState, formData: FormData): Promise<Result> {
  return finishWithCode(formData, "code");
}

export async function finishEnrolment(_: FormState, formData: FormData): Promise<Result> {
  return finishWithCode(formData, "enrol");
}
