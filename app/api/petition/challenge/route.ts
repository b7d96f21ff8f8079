import { createProofOfWorkChallenge } from "@/lib/petition/proof-of-work";

export const dynamic = "force-dynamic";

/** A fresh ALTCHA challenge for the sign form's widget (asked for only on risky submissions). */
export async function GET() {
  return Response.json(await createProofOfWorkChallenge(), { headers: { "Cache-Control": "no-store" } });
}
