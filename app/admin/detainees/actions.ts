"use server";

import { redirect } from "next/navigation";
import { fieldErrorsOf, formValues, invalid, ok } from "@/lib/actions/action-result";
import type { FormResult, FormState } from "@/lib/actions/form-action-types";
import { conflictResult } from "@/lib/actions/conflict-result";
import { requireStaffAction } from "@/lib/auth/session";
import { revalidateDetainee } from "@/lib/cache/revalidate-detainee";
import { saveCaseEvent } from "@/lib/case-events/save-case-event";
import { setEventVisibility } from "@/lib/case-events/set-event-visibility";
import { addCharge } from "@/lib/detainees/add-charge";
import { addDetaineeName } from "@/lib/detainees/add-detainee-name";
import {
  chargeSchema,
  createDetaineeSchema,
  detaineeNameSchema,
  eventSchema,
  formObject,
  partialDateField,
  updateDetaineeSchema,
} from "@/lib/detainees/admin-schemas";
import { createDetainee } from "@/lib/detainees/create-detainee";
import { detaineeFieldLabels } from "@/lib/detainees/detainee-edit-fields";
import { recordChargeDropped } from "@/lib/detainees/record-charge-dropped";
import { removeCharge } from "@/lib/detainees/remove-charge";
import { removeDetaineeName } from "@/lib/detainees/remove-detainee-name";
import { updateDetainee } from "@/lib/detainees/update-detainee";
import { z } from "zod";

type Result = FormResult;
type State = FormState;

const SLUG_TAKEN = { slug: ["Another profile already uses this address. Choose another slug."] };

export async function createDetaineeAction(_: State, formData: FormData): Promise<Result> {
  const staff = await requireStaffAction();
  const values = formValues(formData);
  const parsed = createDetaineeSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), { values });
  const result = await createDetainee(staff, parsed.data);
  if (result.status === "slug-taken") return invalid(SLUG_TAKEN, { values });
  if (parsed.data.published) revalidateDetainee([parsed.data.slug]);
  redirect(`/admin/detainees/${result.id}`);
}

export async function updateDetaineeAction(_: State, formData: FormData): Promise<Result> {
  const staff = await requireStaffAction();
  const values = formValues(formData);
  const parsed = updateDetaineeSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), { values });
  const { id, version, ...input } = parsed.data;
  const result = await updateDetainee(staff, id, version, input);
  if (result.status === "not-found") return invalid({}, { formError: "This profile no longer exists." });
  if (result.status === "slug-taken") return invalid(SLUG_TAKEN, { values });
  if (result.status === "conflict") {
    return conflictResult({ ...values, published: values.published === "on" ? "on" : "" }, result.current, result.version, detaineeFieldLabels);
  }
  if (result.publicChange) revalidateDetainee([result.slug, result.previousSlug]);
  else revalidateDetainee([]);
  return ok({ message: input.published ? "Saved. The public profile is updated." : "Saved (not published)." });
}

export async function addDetaineeNameAction(_: State, formData: FormData): Promise<Result> {
  const staff = await requireStaffAction();
  const values = formValues(formData);
  const parsed = detaineeNameSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), { values });
  const result = await addDetaineeName(staff, parsed.data);
  if (result.status === "not-found") return invalid({}, { formError: "This profile no longer exists." });
  if (result.status === "duplicate") return invalid({ name: ["This spelling is already listed."] }, { values });
  revalidateDetainee(result.published ? [result.slug] : []);
  return ok({ message: "Spelling added." });
}

const idSchema = z.object({ id: z.string().min(1).max(64) });

export async function removeDetaineeNameAction(formData: FormData): Promise<void> {
  const staff = await requireStaffAction();
  const parsed = idSchema.safeParse(formObject(formData));
  if (!parsed.success) return;
  const detainee = await removeDetaineeName(staff, parsed.data.id);
  if (detainee) revalidateDetainee(detainee.published ? [detainee.slug] : []);
}

export async function addChargeAction(_: State, formData: FormData): Promise<Result> {
  const staff = await requireStaffAction();
  const values = formValues(formData);
  const parsed = chargeSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), { values });
  const detainee = await addCharge(staff, parsed.data);
  if (!detainee) return invalid({}, { formError: "This profile no longer exists." });
  revalidateDetainee(detainee.published ? [detainee.slug] : []);
  return ok({ message: "Charge added." });
}

export async function removeChargeAction(formData: FormData): Promise<void> {
  const staff = await requireStaffAction();
  const parsed = idSchema.safeParse(formObject(formData));
  if (!parsed.success) return;
  const detainee = await removeCharge(staff, parsed.data.id);
  if (detainee) revalidateDetainee(detainee.published ? [detainee.slug] : []);
}

const dropChargeSchema = z.object({ id: z.string().min(1).max(64), droppedOn: partialDateField.refine((v) => v !== null, "Enter the date the charge was dropped.") });

export async function recordChargeDroppedAction(_: State, formData: FormData): Promise<Result> {
  const staff = await requireStaffAction();
  const values = formValues(formData);
  const parsed = dropChargeSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), { values });
  const detainee = await recordChargeDropped(staff, parsed.data.id, parsed.data.droppedOn!);
  if (!detainee) return invalid({}, { formError: "This charge no longer exists." });
  revalidateDetainee(detainee.published ? [detainee.slug] : []);
  return ok({ message: "Recorded as dropped." });
}

export async function addEventAction(_: State, formData: FormData): Promise<Result> {
  const staff = await requireStaffAction();
  const values = formValues(formData);
  const parsed = eventSchema.safeParse(formObject(formData, ["sourceIds"]));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), { values });
  const result = await saveCaseEvent(staff, parsed.data);
  if (result.status !== "ok") return invalid({}, { formError: "This profile no longer exists." });
  revalidateDetainee(result.published ? [result.slug] : []);
  return ok({ message: "Event added." });
}

const eventLabels: Record<string, string> = { type: "Kind", occurredOn: "Date", title: "Title", description: "Description", visibility: "Visibility" };

export async function updateEventAction(_: State, formData: FormData): Promise<Result> {
  const staff = await requireStaffAction();
  const values = formValues(formData);
  const object = formObject(formData, ["sourceIds"]);
  const parsed = eventSchema.safeParse(object);
  const ids = z.object({ id: z.string().min(1), version: z.coerce.number().int().min(1) }).safeParse(object);
  if (!parsed.success || !ids.success) {
    return invalid({ ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...(ids.success ? {} : { _form: ["Reload the page."] }) }, { values });
  }
  const result = await saveCaseEvent(staff, parsed.data, ids.data);
  if (result.status === "not-found") return invalid({}, { formError: "This event no longer exists." });
  if (result.status === "conflict") return conflictResult(values, result.current, result.version, eventLabels);
  revalidateDetainee(result.published ? [result.slug] : []);
  return ok({ message: "Event saved." });
}

export async function setEventVisibilityAction(formData: FormData): Promise<void> {
  const staff = await requireStaffAction();
  const parsed = z.object({ id: z.string().min(1), visibility: z.enum(["PUBLIC", "HIDDEN"]) }).safeParse(formObject(formData));
  if (!parsed.success) return;
  const detainee = await setEventVisibility(staff, parsed.data.id, parsed.data.visibility);
  if (detainee) revalidateDetainee(detainee.published ? [detainee.slug] : []);
}
