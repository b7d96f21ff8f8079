import "server-only";
import { pgPool } from "@/lib/db/pg-pool";

export type CurrentPetition = {
  id: string;
  slug: string;
  status: "DRAFT" | "OPEN" | "CLOSED";
  consentVersion: number;
  /** The languages the current consent version exists in: a signature must name one. */
  consentLocales: string[];
};

// Signing reads the petition on every request; under a spike that is thousands of
// identical reads a second. A few seconds of staleness is harmless (opening or
// closing takes effect within CACHE_MS on every instance) and saves a round trip.
const CACHE_MS = 3_000;
const globalForPetition = globalThis as unknown as {
  currentPetition?: { at: number; value: Promise<CurrentPetition | null> };
};

/** The campaign's petition (the first campaign's), with its current consent version and its languages. */
export function getCurrentPetition(): Promise<CurrentPetition | null> {
  const cached = globalForPetition.currentPetition;
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.value;
  const value = load();
  globalForPetition.currentPetition = { at: Date.now(), value };
  value.catch(() => {
    if (globalForPetition.currentPetition?.value === value) globalForPetition.currentPetition = undefined;
  });
  return value;
}

async function load(): Promise<CurrentPetition | null> {
  const { rows } = await pgPool().query<{
    id: string;
    slug: string;
    status: CurrentPetition["status"];
    consentVersion: number | null;
    consentLocales: string[] | null;
  }>(
    `SELECT p.id, p.slug, p.status::text AS status, v.version AS "consentVersion",
            (SELECT array_agg(c.locale ORDER BY c.locale) FROM "ConsentText" c
              WHERE c."petitionId" = p.id AND c.version = v.version) AS "consentLocales"
       FROM "Campaign" k JOIN "Petition" p ON p.id = k."petitionId"
       LEFT JOIN LATERAL (SELECT max(version) AS version FROM "ConsentText" c WHERE c."petitionId" = p.id) v ON true
      ORDER BY k."createdAt" ASC LIMIT 1`,
  );
  const row = rows[0];
  if (!row || row.consentVersion === null) return null;
  return { ...row, consentVersion: row.consentVersion, consentLocales: row.consentLocales ?? [] };
}
