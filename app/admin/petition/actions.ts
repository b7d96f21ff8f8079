"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { invalid, ok } from "@/lib/actions/action-result";
import { redirectTo, staffAction } from "@/lib/actions/staff-action";
import { refreshPublicPages } from "@/lib/cache/refresh-public-pages";
import { approveSuspectSignatures } from "@/lib/petition/approve-suspect-signatures";
import { invalidateSignatures } from "@/lib/petition/invalidate-signatures";
import { setPetitionGoal } from "@/lib/petition/set-petition-goal";
import { setPetitionStatus } from "@/lib/petition/set-petition-status";
import { undoInvalidation } from "@/lib/petition/undo-invalidation";
import { signatureFilterFromForm } from "@/lib/petition/staff-filter-form";

function refresh() {
  refreshPublicPages();
  revalidatePath("/admin/petition");
}

const goalSchema = z.object({
  petitionId: z.string().min(1),
  goal: z.coerce
    .number("Enter a number.")
    .int("Enter a whole number.")
    .min(1, "The goal must be at least 1.")
    .max(100_000_000),
});

export const setPetitionGoalAction = staffAction({ schema: goalSchema }, async ({ afterCommit, input, ...context }) => {
  await setPetitionGoal(context, input);
  afterCommit(refresh);
  return ok({ message: `Goal set to ${input.goal.toLocaleString("en")}.` });
});

const statusSchema = z.object({ petitionId: z.string().min(1), status: z.enum(["OPEN", "CLOSED"]) });

// Closing (or reopening) the petition, bulk invalidation and its undo: admins only,
// with a second-factor code typed for the action (a stolen session is not enough).
export const setPetitionStatusAction = staffAction(
  { schema: statusSchema, role: "ADMIN", freshCode: true },
  async ({ afterCommit, input, ...context }) => {
    await setPetitionStatus(context, input);
    afterCommit(refresh);
    return ok({ message: input.status === "OPEN" ? "The petition is open for signing." : "The petition is closed." });
  },
);

const invalidateSchema = z.object({
  reason: z.string().trim().min(3, "Give a reason (it is kept with each signature).").max(500),
  expectedCount: z.coerce.number().int().min(1, "Nothing to invalidate: the preview matched no signatures."),
});

export const invalidateSignaturesAction = staffAction(
  { schema: invalidateSchema, role: "ADMIN", freshCode: true },
  async ({ afterCommit, input, values, ...context }) => {
    const filter = signatureFilterFromForm(values);
    if (filter.status === "invalid") return invalid(filter.fieldErrors, { values });
    const { invalidated } = await invalidateSignatures(context, {
      filter: filter.filter,
      reason: input.reason,
      expectedCount: input.expectedCount,
    });
    afterCommit(refresh);
    // The preview under the form now matches nothing: show the outcome on a fresh page.
    return redirectTo(`/admin/petition?invalidated=${invalidated}`);
  },
);

const approveSchema = z.object({
  expectedCount: z.coerce.number().int().min(1, "Nothing to approve: the preview matched no signatures."),
});

/** Reviewed suspects that are genuine: the mark is cleared and the next tally counts the confirmed ones. */
export const approveSuspectSignaturesAction = staffAction(
  { schema: approveSchema },
  async ({ afterCommit, input, values, ...context }) => {
    const filter = signatureFilterFromForm(values);
    if (filter.status === "invalid") return invalid(filter.fieldErrors, { values });
    const { approved } = await approveSuspectSignatures(context, {
      filter: filter.filter,
      expectedCount: input.expectedCount,
    });
    afterCommit(refresh);
    return redirectTo(`/admin/petition?approved=${approved}`);
  },
);

const undoSchema = z.object({ auditId: z.string().min(1).max(100) });

/** Restores exactly the signatures one bulk invalidation marked (named by its audit entry). */
export const undoInvalidationAction = staffAction(
  { schema: undoSchema, role: "ADMIN", freshCode: true },
  async ({ afterCommit, input, ...context }) => {
    const { restored } = await undoInvalidation(context, input);
    afterCommit(refresh);
    return redirectTo(`/admin/petition?restored=${restored}`);
  },
);
