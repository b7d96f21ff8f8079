"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldErrorsOf, formValues, invalid, ok } from "@/lib/actions/action-result";
import type { FormResult, FormState } from "@/lib/actions/form-action-types";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireStaff, requireStaffAction } from "@/lib/auth/session";
import { revalidatePublicPages } from "@/lib/cache/revalidate-public-pages";
import { db } from "@/lib/db/client";
import { approveSuspectSignatures } from "@/lib/petition/approve-suspect-signatures";
import { InvalidationCountChanged, invalidateSignatures } from "@/lib/petition/invalidate-signatures";
import { setPetitionGoal } from "@/lib/petition/set-petition-goal";
import { setPetitionStatus } from "@/lib/petition/set-petition-status";
import { signatureFilterFromForm } from "@/lib/petition/staff-filter-form";

const guard = () => requireStaff();

function refresh() {
  revalidatePublicPages(["/petition"]);
  revalidatePath("/admin/petition");
}

const goalSchema = z.object({ petitionId: z.string().min(1), goal: z.coerce.number("Enter a number.").int("Enter a whole number.").min(1, "The goal must be at least 1.").max(100_000_000) });

export async function setPetitionGoalAction(_: FormState, formData: FormData): Promise<FormResult> {
  const staff = await requireStaffAction();
  const values = formValues(formData);
  const parsed = goalSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), { values });
  const before = await db.petition.findUnique({ where: { id: parsed.data.petitionId }, select: { goal: true } });
  if (!before) return invalid({}, { formError: "No such petition." });
  await setPetitionGoal(guard, parsed.data);
  await db.$transaction((tx) => recordAudit(tx, { actorId: staff.id, action: "update", entityType: "Petition", entityId: parsed.data.petitionId, changes: { goal: { from: before.goal, to: parsed.data.goal } } }));
  refresh();
  return ok({ message: `Goal set to ${parsed.data.goal.toLocaleString("en")}.` });
}

const statusSchema = z.object({ petitionId: z.string().min(1), status: z.enum(["OPEN", "CLOSED"]) });

export async function setPetitionStatusAction(_: FormState, formData: FormData): Promise<FormResult> {
  const staff = await requireStaffAction();
  const parsed = statusSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const before = await db.petition.findUnique({ where: { id: parsed.data.petitionId }, select: { status: true } });
  if (!before) return invalid({}, { formError: "No such petition." });
  await setPetitionStatus(guard, parsed.data);
  await db.$transaction((tx) => recordAudit(tx, { actorId: staff.id, action: "update", entityType: "Petition", entityId: parsed.data.petitionId, changes: { status: { from: before.status, to: parsed.data.status } } }));
  refresh();
  return ok({ message: parsed.data.status === "OPEN" ? "The petition is open for signing." : "The petition is closed." });
}

const invalidateSchema = z.object({
  reason: z.string().trim().min(3, "Give a reason (it is kept with each signature).").max(500),
  expectedCount: z.coerce.number().int().min(1, "Nothing to invalidate: the preview matched no signatures."),
});

export async function invalidateSignaturesAction(_: FormState, formData: FormData): Promise<FormResult> {
  const staff = await requireStaffAction();
  const values = formValues(formData);
  const parsed = invalidateSchema.safeParse(Object.fromEntries(formData));
  const filter = signatureFilterFromForm(values);
  if (!filter.success) return invalid(filter.fieldErrors, { values });
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), { values });
  let invalidated: number;
  try {
    ({ invalidated } = await invalidateSignatures(guard, { filter: filter.filter, reason: parsed.data.reason, expectedCount: parsed.data.expectedCount }));
  } catch (error) {
    if (error instanceof InvalidationCountChanged) return invalid({}, { formError: `${error.message} Nothing was changed.`, values });
    throw error;
  }
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: staff.id,
      action: "invalidate-signatures",
      entityType: "Petition",
      entityId: filter.filter.petitionId,
      changes: { filter: { from: null, to: filter.filter }, count: { from: null, to: invalidated }, reason: { from: null, to: parsed.data.reason } },
    }),
  );
  refresh();
  // The preview under the form now matches nothing: show the outcome on a fresh page.
  redirect(`/admin/petition?invalidated=${invalidated}`);
}

const approveSchema = z.object({ expectedCount: z.coerce.number().int().min(1, "Nothing to approve: the preview matched no signatures.") });

/** Reviewed suspects that are genuine: the mark is cleared and the next tally counts the confirmed ones. */
export async function approveSuspectSignaturesAction(_: FormState, formData: FormData): Promise<FormResult> {
  const staff = await requireStaffAction();
  const values = formValues(formData);
  const parsed = approveSchema.safeParse(Object.fromEntries(formData));
  const filter = signatureFilterFromForm(values);
  if (!filter.success) return invalid(filter.fieldErrors, { values });
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), { values });
  let approved: number;
  try {
    ({ approved } = await approveSuspectSignatures(guard, { filter: filter.filter, expectedCount: parsed.data.expectedCount }));
  } catch (error) {
    if (error instanceof InvalidationCountChanged) return invalid({}, { formError: `${error.message} Nothing was changed.`, values });
    throw error;
  }
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: staff.id,
      action: "approve-suspect-signatures",
      entityType: "Petition",
      entityId: filter.filter.petitionId,
      changes: { filter: { from: null, to: filter.filter }, count: { from: null, to: approved } },
    }),
  );
  refresh();
  redirect(`/admin/petition?approved=${approved}`);
}
