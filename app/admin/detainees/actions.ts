"use server";

import { z } from "zod";
import { invalid, ok } from "@/lib/actions/action-result";
import { conflictResult } from "@/lib/actions/conflict-result";
import { redirectTo, staffAction, staffButtonAction } from "@/lib/actions/staff-action";
import { refreshPublicPages } from "@/lib/cache/refresh-public-pages";
import { saveCaseEvent } from "@/lib/case-events/save-case-event";
import { setEventVisibility } from "@/lib/case-events/set-event-visibility";
import { addCharge } from "@/lib/detainees/add-charge";
import { addDetaineeName } from "@/lib/detainees/add-detainee-name";
import {
  chargeSchema,
  createDetaineeSchema,
  detaineeNameSchema,
  eventSchema,
  partialDateField,
  translateChargeSchema,
  updateDetaineeSchema,
  updateEventSchema,
} from "@/lib/detainees/admin-schemas";
import { createDetainee } from "@/lib/detainees/create-detainee";
import { detaineeFieldLabels } from "@/lib/detainees/detainee-edit-fields";
import { recordChargeDropped } from "@/lib/detainees/record-charge-dropped";
import { removeCharge } from "@/lib/detainees/remove-charge";
import { removeDetaineeName } from "@/lib/detainees/remove-detainee-name";
import { translateCharge } from "@/lib/detainees/translate-charge";
import { getAdminActionTranslations } from "@/lib/i18n/admin-action-translations";
import { updateDetainee } from "@/lib/detainees/update-detainee";
import { alertOffer } from "@/lib/campaign-mail/alert-offer";
import { publicNoteFields, publicNoteOf } from "@/lib/history/public-note-schema";

const results = () => getAdminActionTranslations("adminDetainees.results");
const slugTaken = async () => ({ slug: [(await results())("slugTaken")] });
const idSchema = z.object({ id: z.string().min(1).max(64) });

export const createDetaineeAction = staffAction(
  { schema: createDetaineeSchema },
  async ({ afterCommit, input, values, ...context }) => {
    const result = await createDetainee(context, input);
    if (result.status === "slug-taken") return invalid(await slugTaken(), { values });
    afterCommit(refreshPublicPages);
    return redirectTo(`/admin/detainees/${result.id}`);
  },
);

export const updateDetaineeAction = staffAction(
  { schema: updateDetaineeSchema },
  async ({ afterCommit, input, values, ...context }) => {
    const { id, version, publicNoteKind, publicNote, publicNoteSourceId, ...fields } = input;
    const note = publicNoteOf({ publicNoteKind, publicNote, publicNoteSourceId });
    const result = await updateDetainee(context, id, version, fields, note);
    if (result.status === "slug-taken") return invalid(await slugTaken(), { values });
    if (result.status === "invalid") return invalid(result.fieldErrors, { values });
    if (result.status === "conflict") {
      return conflictResult(
        { ...values, published: values.published === "on" ? "on" : "" },
        result.current,
        result.version,
        detaineeFieldLabels,
      );
    }
    afterCommit(refreshPublicPages);
    const t = await getAdminActionTranslations("adminDetainees.results");
    return ok({
      message: fields.published ? t("saved") : t("savedUnpublished"),
      next: result.alert ? await alertOffer(id, result.alert) : undefined,
    });
  },
);

export const addDetaineeNameAction = staffAction(
  { schema: detaineeNameSchema },
  async ({ afterCommit, input, values, ...context }) => {
    const result = await addDetaineeName(context, input);
    if (result.status === "duplicate") return invalid({ name: [(await results())("spellingDuplicate")] }, { values });
    afterCommit(refreshPublicPages);
    return ok({ message: (await results())("spellingAdded") });
  },
);

export const removeDetaineeNameAction = staffButtonAction(
  { schema: idSchema },
  async ({ afterCommit, input, ...context }) => {
    await removeDetaineeName(context, input.id);
    afterCommit(refreshPublicPages);
    return ok({ message: (await results())("spellingRemoved") });
  },
);

export const addChargeAction = staffAction(
  { schema: chargeSchema },
  async ({ afterCommit, input, values, ...context }) => {
    const result = await addCharge(context, input, publicNoteOf(input));
    if (result.status === "invalid") return invalid(result.fieldErrors, { values });
    afterCommit(refreshPublicPages);
    return ok({ message: (await getAdminActionTranslations("adminDetainees.results"))("chargeAdded") });
  },
);

export const removeChargeAction = staffButtonAction(
  { schema: idSchema },
  async ({ afterCommit, input, ...context }) => {
    await removeCharge(context, input.id);
    afterCommit(refreshPublicPages);
    return ok({ message: (await getAdminActionTranslations("adminDetainees.results"))("chargeRemoved") });
  },
);

export const translateChargeAction = staffAction(
  { schema: translateChargeSchema },
  async ({ afterCommit, input, ...context }) => {
    await translateCharge(context, input);
    afterCommit(refreshPublicPages);
    return ok({ message: (await getAdminActionTranslations("adminDetainees.edit"))("translationsSaved") });
  },
);

const dropChargeSchema = idSchema.extend({
  droppedOn: partialDateField.refine((v) => v !== null, "Enter the date the charge was dropped."),
  ...publicNoteFields,
});

export const recordChargeDroppedAction = staffAction(
  { schema: dropChargeSchema },
  async ({ afterCommit, input, values, ...context }) => {
    const result = await recordChargeDropped(context, input.id, input.droppedOn!, publicNoteOf(input));
    if (result.status === "invalid") return invalid(result.fieldErrors, { values });
    afterCommit(refreshPublicPages);
    return ok({ message: (await getAdminActionTranslations("adminDetainees.results"))("chargeDropped") });
  },
);

export const addEventAction = staffAction(
  { schema: eventSchema, arrays: ["sourceIds"] },
  async ({ afterCommit, input, values, ...context }) => {
    const result = await saveCaseEvent(context, input, undefined, publicNoteOf(input));
    if (result.status === "invalid") return invalid(result.fieldErrors, { values });
    afterCommit(refreshPublicPages);
    return ok({ message: (await getAdminActionTranslations("adminDetainees.results"))("eventAdded") });
  },
);

const eventLabels: Record<string, string> = {
  type: "Kind",
  occurredOn: "Date",
  title: "Title",
  description: "Description",
  visibility: "Visibility",
};

export const updateEventAction = staffAction(
  { schema: updateEventSchema, arrays: ["sourceIds"] },
  async ({ afterCommit, input, values, ...context }) => {
    const result = await saveCaseEvent(context, input, { id: input.id, version: input.version }, publicNoteOf(input));
    if (result.status === "invalid") return invalid(result.fieldErrors, { values });
    if (result.status === "conflict") return conflictResult(values, result.current, result.version, eventLabels);
    afterCommit(refreshPublicPages);
    return ok({ message: (await getAdminActionTranslations("adminDetainees.results"))("eventSaved") });
  },
);

const visibilitySchema = idSchema.extend({ visibility: z.enum(["PUBLIC", "HIDDEN"]) });

export const setEventVisibilityAction = staffButtonAction(
  { schema: visibilitySchema },
  async ({ afterCommit, input, ...context }) => {
    await setEventVisibility(context, input.id, input.visibility);
    afterCommit(refreshPublicPages);
    return ok({ message: (await results())(input.visibility === "HIDDEN" ? "eventHidden" : "eventShown") });
  },
);
