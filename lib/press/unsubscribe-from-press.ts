import "server-only";
import { db } from "@/lib/db/client";
import { subscriberIdFromUnsubscribeToken } from "./press-tokens";

/** Leaving the list deletes the row, address and all. Repeating it is harmless. */
export async function unsubscribeFromPress(token: string): Promise<"removed" | "invalid"> {
  const id = subscriberIdFromUnsubscribeToken(token);
  if (!id) return "invalid";
  await db.pressSubscriber.deleteMany({ where: { id } });
  return "removed";
}
