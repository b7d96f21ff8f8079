"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ok } from "@/lib/actions/action-result";
import { staffAction, staffButtonAction } from "@/lib/actions/staff-action";
import { getAdminTranslations } from "@/lib/i18n/admin-translations";
import { wakeOutboxWorker } from "@/lib/mail/outbox-worker";
import { approvePressSubscriber } from "@/lib/press/approve-press-subscriber";
import { removePressSubscriber } from "@/lib/press/remove-press-subscriber";
import { sendEmbargoedStatement } from "@/lib/press/send-embargoed-statement";

const subscriberSchema = z.object({ id: z.string().min(1).max(64) });

export const approvePressSubscriberAction = staffButtonAction(
  { schema: subscriberSchema },
  async ({ afterCommit, input, ...context }) => {
    await approvePressSubscriber(context, input);
    afterCommit(() => revalidatePath("/admin/press"));
    return ok({ message: "approved" });
  },
);

export const removePressSubscriberAction = staffButtonAction(
  { schema: subscriberSchema },
  async ({ afterCommit, input, ...context }) => {
    await removePressSubscriber(context, input);
    afterCommit(() => revalidatePath("/admin/press"));
    return ok({ message: "removed" });
  },
);

const sendSchema = z.object({ statementId: z.string().min(1, "Choose a statement.").max(64) });

// Embargoed text leaves the organisation here: a second-factor code typed for this
// send, so a stolen session alone cannot leak a statement early.
export const sendEmbargoedStatementAction = staffAction(
  { schema: sendSchema, freshCode: true },
  async ({ afterCommit, input, ...context }) => {
    const { recipients } = await sendEmbargoedStatement(context, input);
    afterCommit(wakeOutboxWorker);
    afterCommit(() => revalidatePath("/admin/press"));
    const t = await getAdminTranslations("adminPress");
    return ok({ message: t("send.sent", { count: recipients }) });
  },
);
