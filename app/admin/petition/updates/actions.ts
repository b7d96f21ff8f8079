"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { invalid } from "@/lib/actions/action-result";
import { redirectTo, staffAction } from "@/lib/actions/staff-action";
import { createCampaignMessage } from "@/lib/campaign-mail/create-campaign-message";
import { contentFromFields, messageContentFields } from "@/lib/campaign-mail/message-content";
import { sendCampaignMessage } from "@/lib/campaign-mail/send-campaign-message";
import { updateCampaignMessage } from "@/lib/campaign-mail/update-campaign-message";
import { wakeOutboxWorker } from "@/lib/mail/outbox-worker";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";

const idField = z.string().min(1).max(64);
const versionField = z.coerce.number().int().min(1);

const createSchema = messageContentFields.extend({
  kind: z.enum(["ALERT", "UPDATE"]),
  detaineeId: z.string().max(64).optional(),
});

/** Saves the draft and opens its preview: nothing is sent from here. */
export const createCampaignMessageAction = staffAction({ schema: createSchema }, async ({ input, ...context }) => {
  const { kind, detaineeId, ...fields } = input;
  const { id } = await createCampaignMessage(context, {
    kind,
    detaineeId: kind === "ALERT" && detaineeId ? detaineeId : null,
    content: contentFromFields(fields),
  });
  return redirectTo(`/admin/petition/updates/${id}`);
});

const updateSchema = messageContentFields.extend({ id: idField, version: versionField });

export const updateCampaignMessageAction = staffAction(
  { schema: updateSchema },
  async ({ input, values, ...context }) => {
    const { id, version, ...fields } = input;
    const result = await updateCampaignMessage(context, { id, version, content: contentFromFields(fields) });
    if (result.status === "conflict") {
      const t = await getAdminTranslations("adminCampaign");
      return invalid({}, { formError: t("message.conflict"), values });
    }
    return redirectTo(`/admin/petition/updates/${id}`);
  },
);

const sendSchema = z.object({ id: idField, version: versionField });

/**
 * The staff decision that sends: any staff member, with an authenticator code typed for
 * this action (a stolen session cannot mail every signer), for the version previewed.
 */
export const sendCampaignMessageAction = staffAction(
  { schema: sendSchema, freshCode: true },
  async ({ afterCommit, input, ...context }) => {
    const { recipients } = await sendCampaignMessage(context, input);
    afterCommit(() => {
      wakeOutboxWorker();
      revalidatePath("/admin/petition/updates");
    });
    return redirectTo(`/admin/petition/updates/${input.id}?sent=${recipients}`);
  },
);
