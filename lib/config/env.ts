import { envSchema, parseEnv, type Env } from "./env-schema";

type Key = keyof Env;

// Each variable is parsed on first use and again only when its raw value changes, so
// code that runs without a full configuration (the build, scripts, tests that set one
// variable) reads what it needs, and a test that swaps a key is not served a stale one.
const parsed = new Map<Key, { raw: string | undefined; value: unknown }>();

function read(key: Key): unknown {
  const raw = process.env[key];
  const hit = parsed.get(key);
  if (hit && hit.raw === raw) return hit.value;
  const result = envSchema.shape[key].safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${key}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}\nSee .env.example for every variable.`);
  }
  parsed.set(key, { raw, value: result.data });
  return result.data;
}

const reader = Object.defineProperties(
  {},
  Object.fromEntries(
    Object.keys(envSchema.shape).map((key) => [key, { enumerable: true, get: () => read(key as Key) }]),
  ),
) as Env;

/**
 * The configuration: the only reader of process.env outside lib/config and scripts/
 * (an ESLint rule keeps it so). Every variable is validated by lib/config/env-schema.ts.
 */
export function env(): Env {
  return reader;
}

/** Validates every variable at once; instrumentation.ts calls it so a bad configuration stops the server at start-up with one message naming each bad variable. */
export function checkEnv(): Env {
  return parseEnv(process.env);
}
