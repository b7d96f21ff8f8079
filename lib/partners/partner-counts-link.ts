import "server-only";
import { found } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { newToken, tokenHashOf } from "@/lib/petition/keyed-hash";

/**
 * A new private link to the partner's own daily counts. Only the token's hash is
 * stored, so the link is shown once; issuing a new one ends the old one.
 */
export async function issuePartnerCountsLink({ staff, tx }: StaffContext, partnerId: string): Promise<string> {
  found(await tx.partner.findUnique({ where: { id: partnerId }, select: { id: true } }), "partner");
  const token = newToken();
  await tx.partner.update({
    where: { id: partnerId },
    data: { countsTokenHash: tokenHashOf(token), countsLinkIssuedAt: new Date() },
    select: { id: true },
  });
  // The audit row says that a link was issued, never the link.
  await recordAudit(tx, {
    actorId: staff.id,
    action: "issue-counts-link",
    entityType: "Partner",
    entityId: partnerId,
    changes: {},
  });
  return token;
}

export async function revokePartnerCountsLink({ staff, tx }: StaffContext, partnerId: string): Promise<void> {
  found(await tx.partner.findUnique({ where: { id: partnerId }, select: { id: true } }), "partner");
  await tx.partner.update({
    where: { id: partnerId },
    data: { countsTokenHash: null, countsLinkIssuedAt: null },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "revoke-counts-link",
    entityType: "Partner",
    entityId: partnerId,
    changes: {},
  });
}
