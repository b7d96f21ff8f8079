import "server-only";
import { db } from "@/lib/db/client";
import { hashInviteToken } from "./invite-token";

/** The invite for a token, if it is unused and not expired. */
export async function getOpenInvite(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  return db.staffInvite.findFirst({
    where: { tokenHash: hashInviteToken(token), usedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, email: true, role: true },
  });
}
