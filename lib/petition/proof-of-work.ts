import "server-only";
import crypto from "node:crypto";
import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { env } from "@/lib/config/env";
import { pgPool } from "@/lib/db/pg-pool";
import { consumeOnce, postgresLimiter } from "@/lib/rate-limit/postgres-limiter";

// ALTCHA proof-of-work, verified here, with no third party: the browser spends a
// second or two of CPU, a bot farm spends that per submission. Asked for only when a
// submission looks risky (see sign-petition.ts), so most signers never pay it.
const ALGORITHM = "PBKDF2/SHA-256";
// Work = counter × cost PBKDF2 iterations: about 1-3 s of one core in a browser,
// nothing for a person, a real cost per submission for a bot farm.
const COST = 200;
const VALID_SECONDS = 600;

// Derived from the pepper with its own label: no extra secret to configure.
const secret = (label: string) =>
  crypto.createHmac("sha256", env().SIGNATURE_PEPPER).update(`altcha\0${label}`).digest("hex");

/** A challenge `factor` times the base cost (escalated for busy addresses, see rate-limits.ts). */
export async function createProofOfWorkChallenge(factor = 1): Promise<Challenge> {
  return createChallenge({
    algorithm: ALGORITHM,
    cost: COST * Math.max(1, Math.floor(factor)),
    counter: randomInt(3_000, 9_000),
    deriveKey,
    expiresAt: new Date(Date.now() + VALID_SECONDS * 1000),
    hmacSignatureSecret: secret("signature"),
    hmacKeySignatureSecret: secret("key"),
  });
}

/**
 * How many times the base cost `payload` (the widget's base64 JSON) proves: 0 unless it
 * solves a challenge we issued (its cost is under our signature), unexpired and unused.
 */
export async function verifyProofOfWork(payload: string | undefined): Promise<number> {
  if (!payload) return 0;
  let decoded: { challenge: Challenge; solution: Solution };
  try {
    decoded = JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
  } catch {
    return 0;
  }
  if (!decoded?.challenge?.parameters || !decoded.solution) return 0;
  try {
    const result = await verifySolution({
      challenge: decoded.challenge,
      solution: decoded.solution,
      deriveKey,
      hmacSignatureSecret: secret("signature"),
      hmacKeySignatureSecret: secret("key"),
    });
    if (!result.verified) return 0;
  } catch {
    return 0;
  }
  // One solution, one submission: remembered in the shared rate-limit table until it expires.
  const used = postgresLimiter({ keyPrefix: "pow-used", points: 1, duration: VALID_SECONDS, pool: pgPool });
  const fresh = await consumeOnce(
    used,
    decoded.challenge.parameters.nonce ?? decoded.challenge.signature ?? payload.slice(0, 200),
  );
  return fresh ? Math.floor(Number(decoded.challenge.parameters.cost) / COST) || 0 : 0;
}
