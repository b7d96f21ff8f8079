import "server-only";
import { assertStaff, type StaffSession } from "@/lib/auth/session";
import { decrypt } from "@/lib/crypto/encryption";
import { db } from "@/lib/db/client";

export type PressSubscriberRow = {
  id: string;
  name: string;
  outlet: string;
  email: string;
  locale: string;
  status: "CONFIRMED" | "APPROVED";
  confirmedAt: Date | null;
  approvedAt: Date | null;
};

/**
 * Confirmed subscribers, waiting or approved, with their address: staff judge a request
 * by the outlet and the address's domain. Unconfirmed requests are not listed (anyone
 * can type anyone's address; only the mailbox's owner can confirm it).
 */
export async function listPressSubscribers(staff: StaffSession): Promise<PressSubscriberRow[]> {
  assertStaff(staff);
  const rows = await db.pressSubscriber.findMany({
    where: { status: { in: ["CONFIRMED", "APPROVED"] } },
    orderBy: [{ status: "asc" }, { confirmedAt: "desc" }],
    select: {
      id: true,
      name: true,
      outlet: true,
      emailEncrypted: true,
      locale: true,
      status: true,
      confirmedAt: true,
      approvedAt: true,
    },
  });
  return rows.map(({ emailEncrypted, status, ...row }) => ({
    ...row,
    status: status === "APPROVED" ? "APPROVED" : "CONFIRMED",
    email: decrypt(Buffer.from(emailEncrypted)),
  }));
}
