"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { invalid, ok } from "@/lib/actions/action-result";
import { redirectTo, staffAction, staffButtonAction } from "@/lib/actions/staff-action";
import { refreshPublicPages } from "@/lib/cache/refresh-public-pages";
import { env } from "@/lib/config/env";
import { issuePartnerCountsLink, revokePartnerCountsLink } from "@/lib/partners/partner-counts-link";
import { partnerSchema, updatePartnerSchema } from "@/lib/partners/partner-schema";
import { savePartner } from "@/lib/partners/save-partner";
import { setPartnerListShown } from "@/lib/partners/set-partner-list-shown";

// Messages are keys of messages/<locale>/adminPartners.json: components/admin/partner-form.tsx
// shows them in the language staff chose.
const CODE_TAKEN = { code: ["codeTaken"] };
const id = z.string().min(1).max(64);

function refresh() {
  refreshPublicPages();
  revalidatePath("/admin/partners");
}

export const addPartnerAction = staffAction(
  { schema: partnerSchema },
  async ({ afterCommit, input, values, ...context }) => {
    const saved = await savePartner(context, input);
    if (saved.status === "code-taken") return invalid(CODE_TAKEN, { values });
    afterCommit(refresh);
    return redirectTo(`/admin/partners/${saved.id}?added=1`);
  },
);

export const updatePartnerAction = staffAction(
  { schema: updatePartnerSchema },
  async ({ afterCommit, input, values, ...context }) => {
    const saved = await savePartner(context, input);
    if (saved.status === "code-taken") return invalid(CODE_TAKEN, { values });
    afterCommit(refresh);
    return ok({ message: "saved" });
  },
);

export const issueCountsLinkAction = staffAction({ schema: z.object({ id }) }, async ({ input, ...context }) => {
  const token = await issuePartnerCountsLink(context, input.id);
  // English path: the partner picks its language on the page like any reader.
  return ok({ message: "linkIssued", link: `${env().APP_URL}/petition/partner-counts/${token}` });
});

export const revokeCountsLinkAction = staffAction({ schema: z.object({ id }) }, async ({ input, ...context }) => {
  await revokePartnerCountsLink(context, input.id);
  return ok({ message: "linkRevoked" });
});

export const setPartnerListShownAction = staffButtonAction(
  { schema: z.object({ petitionId: id, show: z.enum(["0", "1"]).transform((value) => value === "1") }) },
  async ({ afterCommit, input, ...context }) => {
    await setPartnerListShown(context, input);
    afterCommit(refresh);
    return ok({ message: input.show ? "listShown" : "listHidden" });
  },
);
