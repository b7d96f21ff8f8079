"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { invalid, ok } from "@/lib/actions/action-result";
import { staffAction } from "@/lib/actions/staff-action";
import { Role } from "@/lib/db/generated/enums";
import { staffEmailSchema } from "@/lib/staff/staff-email";
import { createInvite } from "@/lib/staff/create-invite";
import { updateStaffAccess } from "@/lib/staff/update-staff-access";
import { env } from "@/lib/config/env";

const inviteSchema = z.object({
  email: staffEmailSchema,
  role: z.enum(Role, "Choose a role."),
});

const refreshStaffList = () => revalidatePath("/admin/staff");

export const inviteStaffAction = staffAction(
  { schema: inviteSchema, role: "ADMIN" },
  async ({ afterCommit, input, values, ...context }) => {
    const result = await createInvite(context, input.email, input.role);
    if (result.status === "exists") return invalid({ email: ["This person already has an account."] }, { values });
    afterCommit(refreshStaffList);
    const base = env().APP_URL;
    return ok({
      message: `Invitation created for ${input.email}. Send them this link over a channel you trust; it works once, for 72 hours:`,
      link: `${base}/admin/invite/${result.token}`,
    });
  },
);

const accessSchema = z.object({
  userId: z.string().min(1).max(64),
  change: z.enum(["disable", "enable", "make-admin", "make-editor", "end-sessions", "reset-second-factor"]),
});

const CHANGES = {
  disable: { disabled: true },
  enable: { disabled: false },
  "make-admin": { role: "ADMIN" as const },
  "make-editor": { role: "EDITOR" as const },
  "end-sessions": { endSessions: true },
  "reset-second-factor": { resetSecondFactor: true },
};

export const updateStaffAccessAction = staffAction(
  { schema: accessSchema, role: "ADMIN" },
  async ({ afterCommit, input, ...context }) => {
    await updateStaffAccess(context, input.userId, CHANGES[input.change]);
    afterCommit(refreshStaffList);
    return ok({ message: "Done. Their open sessions have ended." });
  },
);
