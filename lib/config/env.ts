import { parseEnv, type Env } from "./env-schema";

let cached: Env | undefined;

/** The validated environment. Validation runs once (instrumentation.ts calls it at start-up). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
