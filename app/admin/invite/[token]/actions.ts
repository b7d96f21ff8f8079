"use server";

import { z } from "zod";
import { failed } from "@/lib/actions/action-result";
import { publicAction, redirectTo } from "@/lib/actions/staff-action";
import { newPasswordSchema } from "@/lib/auth/schemas";
import { setPendingSignIn } from "@/lib/auth/session-cookie";
import { acceptInvite } from "@/lib/staff/accept-invite";

const schema = z
  .object({
    token: z.string().min(20).max(100),
    name: z.string().trim().min(1, "Enter your name.").max(200),
    password: newPasswordSchema,
    passwordAgain: z.string(),
  })
  .refine((value) => value.password === value.passwordAgain, {
    path: ["passwordAgain"],
    message: "The two passwords differ.",
  });

/** The invitee sets a password; the account then goes straight to second-factor enrolment. */
export const acceptInviteAction = publicAction({ schema }, async ({ input }) => {
  const result = await acceptInvite(input.token, input.name, input.password);
  if (result.status !== "ok")
    return failed("This invitation has been used or has expired. Ask an administrator for a new one.");
  await setPendingSignIn({ sub: result.userId, email: result.email, stage: "enrol" });
  return redirectTo("/admin/sign-in/enrol");
});
