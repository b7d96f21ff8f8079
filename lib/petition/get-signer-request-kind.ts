import "server-only";
import { db } from "@/lib/db/client";
import { tokenHashOf } from "./keyed-hash";

/** What an emailed link asks for, to word its landing page; reading it changes nothing. */
export async function getSignerRequestKind(token: string): Promise<"ACCESS" | "ERASE" | "HIDE_NAME" | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const request = await db.signerRequest.findFirst({
    where: { tokenHash: tokenHashOf(token), completedAt: null, expiresAt: { gt: new Date() } },
    select: { kind: true },
  });
  return request?.kind ?? null;
}
