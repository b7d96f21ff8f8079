import "server-only";
import { pgPool } from "@/lib/db/pg-pool";
import { tokenHashOf } from "./keyed-hash";

/**
 * What a confirmation link would confirm: the name and country as they stand now, so
 * the mailbox's owner sees what they vouch for (someone else may have signed with this
 * address first). Only the link's holder sees them; null for a used, expired or unknown link.
 */
export async function getSignatureToConfirm(token: string): Promise<{ name: string; country: string } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const { rows } = await pgPool().query<{ name: string; country: string }>({
    text: `SELECT "name", "country" FROM "Signature"
            WHERE "confirmTokenHash" = $1 AND "status" = 'PENDING' AND "confirmExpiresAt" > timezone('UTC', now())`,
    values: [Buffer.from(tokenHashOf(token))],
  });
  return rows[0] ?? null;
}
