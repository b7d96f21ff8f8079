import { env } from "@/lib/config/env";
import { getCurrentPetition } from "@/lib/petition/get-current-petition";
import { getPetitionCount } from "@/lib/petition/get-petition-count";

export const dynamic = "force-dynamic";

/** The public count as JSON, cached for one tally interval (it cannot change faster). */
export async function GET() {
  const petition = await getCurrentPetition();
  if (!petition) return Response.json({ status: "not-found" }, { status: 404 });
  const count = await getPetitionCount(petition.id);
  const maxAge = env().PETITION_TALLY_SECONDS;
  return Response.json(count, {
    headers: { "Cache-Control": `public, max-age=${maxAge}, s-maxage=${maxAge}, stale-while-revalidate=${maxAge * 6}` },
  });
}
