import "server-only";
import { db } from "@/lib/db/client";
import { signatureIdOfUnsubscribeToken } from "./unsubscribe-token";

/**
 * The POST behind the unsubscribe link (the landing page's button, or a mail client's
 * RFC 8058 one-click): the signer stops being contacted and the one readable copy of
 * their address is deleted. The signature itself still counts. Answers the same for
 * a signature already unsubscribed or erased, so the link reveals nothing.
 */
export async function unsubscribeSigner(token: string): Promise<{ status: "done" | "invalid" }> {
  const signatureId = signatureIdOfUnsubscribeToken(token);
  if (!signatureId) return { status: "invalid" };
  await db.signature.updateMany({
    where: { id: signatureId },
    data: { contactOptIn: false, emailEncrypted: null },
  });
  return { status: "done" };
}
