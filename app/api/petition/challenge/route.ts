import { clientIp } from "@/lib/http/client-ip";
import { ipHashOf } from "@/lib/petition/keyed-hash";
import { createProofOfWorkChallenge } from "@/lib/petition/proof-of-work";
import { countedAttempts, workFactorFor } from "@/lib/petition/rate-limits";

export const dynamic = "force-dynamic";

/**
 * A fresh ALTCHA challenge for the sign form's widget (asked for only on risky
 * submissions). Its cost grows with the signing attempts from this address this hour,
 * with a quarter's headroom, so signers racing behind one busy exit are rarely asked twice.
 */
export async function GET(request: Request) {
  const ip = Buffer.from(ipHashOf(clientIp(request.headers))).toString("base64url");
  const count = await countedAttempts("ip", ip).catch(() => 0);
  const factor = Math.max(1, workFactorFor("ip", Math.ceil((count + 1) * 1.25)));
  return Response.json(await createProofOfWorkChallenge(factor), { headers: { "Cache-Control": "no-store" } });
}
