"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { invalid } from "@/lib/actions/action-result";
import { publicAction, redirectTo } from "@/lib/actions/staff-action";
import { checkCode } from "@/lib/auth/check-code";
import { checkPassword } from "@/lib/auth/check-password";
import { readDeviceTokens, rememberDevice } from "@/lib/auth/device-cookie";
import { clearPendingSignIn, readPendingSignIn, setPendingSignIn, setSessionCookie } from "@/lib/auth/session-cookie";
import { codeSchema, signInSchema } from "@/lib/auth/schemas";
import { clientIp } from "@/lib/http/client-ip";

function waitMessage(seconds: number) {
  return `Too many failed attempts. Wait ${Math.ceil(seconds / 60)} minute(s) and try again.`;
}

const CHALLENGE =
  "Many wrong passwords were tried for this account, so a new device must first solve a short computation. When the check below is done, enter your password again and press Continue.";
const EXPIRED =
  "This account never set up its authenticator app and has expired. Ask an administrator for a new invitation or a second-factor reset.";

export const signInWithPassword = publicAction({ schema: signInSchema }, async ({ input, values }) => {
  const result = await checkPassword(input.email, input.password, clientIp(await headers()), {
    deviceTokens: await readDeviceTokens(),
    proofOfWork: input.altcha,
  });
  if (result.status === "blocked") return invalid({}, { formError: waitMessage(result.retryAfterSeconds), values });
  if (result.status === "challenge") return invalid({ _challenge: [CHALLENGE] }, { formError: CHALLENGE, values });
  if (result.status === "expired") return invalid({}, { formError: EXPIRED, values });
  if (result.status === "wrong") {
    const formError = "The email or password is wrong.";
    return invalid(result.challenge ? { _challenge: [CHALLENGE] } : {}, { formError, values });
  }
  await setPendingSignIn({
    sub: result.userId,
    email: result.email,
    stage: result.enrolled ? "code" : "enrol",
    remembered: result.rememberedDevice,
  });
  return redirectTo(result.enrolled ? "/admin/sign-in/code" : "/admin/sign-in/enrol");
});

const codeFormSchema = z.object({ code: codeSchema });

function finishWithCode(stage: "code" | "enrol") {
  return publicAction({ schema: codeFormSchema }, async ({ input }) => {
    const pending = await readPendingSignIn();
    if (!pending || pending.stage !== stage) return redirectTo("/admin/sign-in");
    const requestHeaders = await headers();
    const result = await checkCode(pending.sub, input.code, clientIp(requestHeaders), {
      enrolling: stage === "enrol",
      rememberedDevice: pending.remembered,
    });
    if (result.status === "blocked") return invalid({}, { formError: waitMessage(result.retryAfterSeconds) });
    if (result.status === "wrong") {
      return invalid({
        code: ["That code is wrong or has expired. Enter the 6-digit code your authenticator app shows now."],
      });
    }
    await clearPendingSignIn();
    await setSessionCookie(pending.sub, requestHeaders.get("user-agent"));
    await rememberDevice(pending.sub);
    return redirectTo("/admin");
  });
}

export const signInWithCode = finishWithCode("code");

export const finishEnrolment = finishWithCode("enrol");
