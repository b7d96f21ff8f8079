"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ok } from "@/lib/actions/action-result";
import { staffButtonAction } from "@/lib/actions/staff-action";
import { refreshPublicPages } from "@/lib/cache/refresh-public-pages";
import { setSupporterHidden } from "@/lib/petition/set-supporter-hidden";

const schema = z.object({ id: z.string().min(1).max(64), hidden: z.enum(["1", "0"]) });

/** Hides a name from the public supporters list (or shows it again); audited. */
export const setSupporterHiddenAction = staffButtonAction({ schema }, async ({ afterCommit, input, ...context }) => {
  await setSupporterHidden(context, { id: input.id, hidden: input.hidden === "1" });
  afterCommit(() => {
    refreshPublicPages();
    revalidatePath("/admin/petition/supporters");
  });
  return ok({ message: input.hidden === "1" ? "Hidden." : "Shown." });
});
