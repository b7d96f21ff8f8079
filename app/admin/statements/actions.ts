"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldErrorsOf, formValues, invalid, ok } from "@/lib/actions/action-result";
import { conflictResult } from "@/lib/actions/conflict-result";
import type { FormResult, FormState } from "@/lib/actions/form-action-types";
import { requireStaffAction } from "@/lib/auth/session";
import { revalidateStatement } from "@/lib/cache/revalidate-statement";
import { formObject } from "@/lib/detainees/admin-schemas";
import { addQuote } from "@/lib/statements/add-quote";
import { quoteSchema, statementFieldsSchema, updateStatementSchema } from "@/lib/statements/admin-schemas";
import { removeQuote } from "@/lib/statements/remove-quote";
import { saveStatement } from "@/lib/statements/save-statement";
import { statementLabels } from "@/lib/statements/statement-edit-fields";

const SLUG_TAKEN = { slug: ["Another statement already uses this address. Choose another slug."] };
const ARRAYS = ["organisationIds", "detaineeIds"];

export async function createStatementAction(_: FormState, formData: FormData): Promise<FormResult> {
  const staff = await requireStaffAction();
  const values = formValues(formData);
  const parsed = statementFieldsSchema.safeParse(formObject(formData, ARRAYS));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), { values });
  const result = await saveStatement(staff, parsed.data);
  if (result.status === "slug-taken") return invalid(SLUG_TAKEN, { values });
  if (result.status !== "ok") return invalid({}, { formError: "Could not save. Reload the page." });
  if (result.publicChange) revalidateStatement([result.slug]);
  redirect(`/admin/statements/${result.id}`);
}

export async function updateStatementAction(_: FormState, formData: FormData): Promise<FormResult> {
  const staff = await requireStaffAction();
  const values = formValues(formData);
  const object = formObject(formData, ARRAYS);
  const parsed = statementFieldsSchema.safeParse(object);
  const ids = updateStatementSchema.safeParse(object);
  if (!ids.success) return invalid({}, { formError: "Reload the page and try again.", values });
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), { values });
  const result = await saveStatement(staff, parsed.data, ids.data);
  if (result.status === "slug-taken") return invalid(SLUG_TAKEN, { values });
  if (result.status === "not-found") return invalid({}, { formError: "This statement no longer exists." });
  if (result.status === "conflict") return conflictResult(values, result.current, result.version, statementLabels);
  if (result.publicChange) revalidateStatement([result.slug, result.previousSlug]);
  const message = { DRAFT: "Saved as a draft (not public).", SCHEDULED: "Saved. It will be public at the scheduled time.", PUBLISHED: "Saved and published." };
  return ok({ message: message[parsed.data.publication] });
}

export async function addQuoteAction(_: FormState, formData: FormData): Promise<FormResult> {
  const staff = await requireStaffAction();
  const values = formValues(formData);
  const parsed = quoteSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), { values });
  const statement = await addQuote(staff, parsed.data);
  if (!statement) return invalid({}, { formError: "This statement no longer exists." });
  if (statement.status === "PUBLISHED") revalidateStatement([statement.slug]);
  return ok({ message: "Quote added." });
}

export async function removeQuoteAction(formData: FormData): Promise<void> {
  const staff = await requireStaffAction();
  const parsed = z.object({ id: z.string().min(1).max(64) }).safeParse(formObject(formData));
  if (!parsed.success) return;
  const statement = await removeQuote(staff, parsed.data.id);
  if (statement?.status === "PUBLISHED") revalidateStatement([statement.slug]);
}
