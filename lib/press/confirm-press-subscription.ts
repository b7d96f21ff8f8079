import "server-only";
import { db } from "@/lib/db/client";
import { tokenHashOf } from "@/lib/petition/keyed-hash";

/** The POST behind the emailed link's button: the address is confirmed; staff approve next. */
export async function confirmPressSubscription(token: string, now = new Date()): Promise<"confirmed" | "invalid"> {
  if (!token || token.length > 200) return "invalid";
  const { count } = await db.pressSubscriber.updateMany({
    where: { confirmTokenHash: tokenHashOf(token), status: "PENDING", confirmExpiresAt: { gt: now } },
    data: { status: "CONFIRMED", confirmedAt: now, confirmTokenHash: null, confirmExpiresAt: null },
  });
  return count === 1 ? "confirmed" : "invalid";
}
