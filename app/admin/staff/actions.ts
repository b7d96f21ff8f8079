"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fieldErrorsOf, formValues, invalid, ok } from "@/lib/actions/action-result";
import type { FormResult, FormState } from "@/lib/actions/form-action-types";
import { requireStaffAction } from "@/lib/auth/session";
import { Role } from "@/lib/db/generated/enums";
import { staffEmailSchema } from "@/lib/staff/staff-email";
import { createInvite } from "@/lib/staff/create-invite";
import { updateStaffAccess } from "@/lib/staff/update-staff-access";
import { env } from "@/lib/config/env";

const inviteSchema = z.object({
  email: staffEmailSchema,
  role: z.enum(Role, "Choose a role."),
});

export async function inviteStaffAction(_: FormState, formData: FormData): Promise<FormResult> {
  const admin = await requireStaffAction("ADMIN");
  const values = formValues(formData);
  const parsed = inviteSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), { values });
  const result = await createInvite(admin, parsed.data.email, parsed.data.role);
  if (result.status === "exists") return invalid({ email: ["This person already has an account."] }, { values });
  revalidatePath("/admin/staff");
  const base = env().APP_URL;
  return ok({
    message: `Invitation created for ${parsed.data.email}. Send them this link over a channel you trust; it works once, for 72 hours:`,
    link: `${base}/admin/invite/${result.token}`,
  });
}

const accessSchema = z.object({
  userId: z.string().min(1).max(64),
  change: z.enum(["disable", "enable", "make-admin", "make-editor", "end-sessions", "reset-second-factor"]),
});

const MESSAGES = { self: "You cannot disable or demote yourself.", "last-admin": "At least one active administrator must remain.", "not-found": "No such account." };

export async function updateStaffAccessAction(_: FormState, formData: FormData): Promise<FormResult> {
  const admin = await requireStaffAction("ADMIN");
  const parsed = accessSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const change = {
    disable: { disabled: true },
    enable: { disabled: false },
    "make-admin": { role: "ADMIN" as const },
    "make-editor": { role: "EDITOR" as const },
    "end-sessions": { endSessions: true },
    "reset-second-factor": { resetSecondFactor: true },
  }[parsed.data.change];
  const result = await updateStaffAccess(admin, parsed.data.userId, change);
  if (result !== "ok") return invalid({}, { formError: MESSAGES[result] });
  revalidatePath("/admin/staff");
  return ok({ message: "Done. Their open sessions have ended." });
}
