import crypto from "node:crypto";
import { env } from "@/lib/config/env";

// The unsubscribe link is the subscriber's id and a keyed hash of it: nothing to store,
// it works in every mail ever sent, and it stops working once the row is gone.
function mac(id: string): string {
  return crypto.createHmac("sha256", env().SIGNATURE_PEPPER).update(`press-unsubscribe\0${id}`).digest("base64url");
}

export function pressUnsubscribeToken(subscriberId: string): string {
  return `${subscriberId}.${mac(subscriberId)}`;
}

/** The subscriber's id if the token is one we made, else null. */
export function subscriberIdFromUnsubscribeToken(token: string): string | null {
  const [id, given] = token.split(".");
  if (!id || !given || id.length > 64) return null;
  const expected = Buffer.from(mac(id));
  const actual = Buffer.from(given);
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual) ? id : null;
}
