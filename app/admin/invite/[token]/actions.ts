"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldErrorsOf, invalid } from "@/lib/actions/action-result";
import type { FormResult, FormState } from "@/lib/actions/form-action-types";
import { newPasswordSchema } from "@/lib/auth/schemas";
import { assertSameOrigin } from "@/lib/auth/session";
import { setPendingSignIn } from "@/lib/auth/session-cookie";
import { acceptInvite } from "@/lib/staff/accept-invite";

const schema = z
  .object({
    token: z.string().min(20).max(100),
    name: z.string().trim().min(1, "Enter your name.").max(200),
    password: newPasswordSchema,
    passwordAgain: z.string(),
  })
  .refine((value) => value.password === value.passwordAgain, { path: ["passwordAgain"], message: "The two passwords differ." });

/** The invitee sets a password; the account then goes straight to second-factor enrolment. */
export async function acceptInviteAction(_: FormState, formData: FormData): Promise<FormResult> {
  await assertSameOrigin();
  const parsed = schema.safeParse(Object.fromEntries(formData));
  const values = { name: String(formData.get("name") ?? ""), token: String(formData.get("token") ?? "") };
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), { values });
  const result = await acceptInvite(parsed.data.token, parsed.data.name, parsed.data.password);
  if (result.status !== "ok") return invalid({}, { formError: "This invitation has been used or has expired. Ask an administrator for a new one." });
  await setPendingSignIn({ sub: result.userId, email: result.email, stage: "enrol" });
  redirect("/admin/sign-in/enrol");
}
