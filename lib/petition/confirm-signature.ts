import "server-only";
import { pgPool } from "@/lib/db/pg-pool";
import { retryOnDisconnect } from "@/lib/db/retry-on-disconnect";
import { tokenHashOf } from "./keyed-hash";

export type ConfirmOutcome = "confirmed" | "invalid" | "unavailable";

/**
 * Confirms the signature a link's token belongs to: only by POST (the landing
 * page's button), single use (the token hash is cleared), and only before it
 * expires. An invalidated signature cannot be confirmed.
 */
export async function confirmSignature(token: string): Promise<ConfirmOutcome> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return "invalid";
  try {
    const { rowCount } = await retryOnDisconnect(() =>
      pgPool().query(
        `UPDATE "Signature" SET "status" = 'CONFIRMED', "confirmedAt" = timezone('UTC', now()),
                "confirmTokenHash" = NULL, "confirmExpiresAt" = NULL
          WHERE "confirmTokenHash" = $1 AND "status" = 'PENDING' AND "confirmExpiresAt" > timezone('UTC', now())`,
        [Buffer.from(tokenHashOf(token))],
      ),
    );
    return rowCount === 1 ? "confirmed" : "invalid";
  } catch {
    return "unavailable";
  }
}
