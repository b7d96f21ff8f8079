import { z } from "zod";
import { staffEmailSchema } from "../staff/staff-email";

// Every variable the app reads, validated once at start-up. `.env.example`
// documents each one; keep the two in step. Variables only the launcher, tests or
// benchmarks use (PORT, HOST, EMBEDDED_DB_PORT, SMTP_SINK_PORT, ALLOW_INSECURE_LOCAL,
// E2E_*, BENCH_* but BENCH_ROUTES) are read where they are used, in scripts/, e2e/,
// tests/ and bench/. Production's extra refusals: lib/config/launch-checks.ts.
const secret = (name: string) =>
  z
    .string({ error: `${name} is required (npm start generates one in .data/secrets.json)` })
    .min(32, `${name} must be at least 32 characters`);

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is required (npm start sets it to the embedded database when unset)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  // Connections per app instance (Prisma's pool and the plain pg pool each).
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1, "DATABASE_POOL_SIZE must be at least 1").max(200).default(10),
  APP_URL: z
    .url("APP_URL must be the public base URL, e.g. https://freevoices.example")
    .default("http://localhost:3000"),
  NEXTAUTH_URL: z.url().optional(),
  NEXTAUTH_SECRET: secret("NEXTAUTH_SECRET"),
  SIGNATURE_PEPPER: secret("SIGNATURE_PEPPER"),
  DATA_ENCRYPTION_KEY: z
    .string({ error: "DATA_ENCRYPTION_KEY is required (npm start generates one)" })
    .regex(/^[0-9a-f]{64}$/i, "DATA_ENCRYPTION_KEY must be 64 hex characters (32 bytes)"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must be smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().default("Free Voices <no-reply@localhost>"),
  // Campaign mail (release alerts, updates) leaves at most this many messages a minute.
  CAMPAIGN_MAIL_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  IP_HASH_RETENTION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  // Days after a petition closes before signers' personal data is anonymised.
  SIGNATURE_ANONYMISE_DAYS: z.coerce.number().int().min(0).max(3650).default(180),
  // Seconds between public count updates (also the count's cache max-age).
  PETITION_TALLY_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  // Where rendered public pages are cached: "memory" (each instance its own, the default)
  // or "postgres" (one cache in DATABASE_URL shared by every instance; see cache-handler.mjs).
  CACHE_STORE: z
    .enum(["memory", "postgres"], { error: 'CACHE_STORE must be "memory" or "postgres"' })
    .default("memory"),
  // Connections each instance opens for the shared page cache (CACHE_STORE=postgres).
  CACHE_POOL_SIZE: z.coerce.number().int().min(1, "CACHE_POOL_SIZE must be at least 1").max(50).default(4),
  // Reverse proxies in front of the app that append to X-Forwarded-For (0: none, and
  // X-Forwarded-For is ignored: lib/http/client-ip.ts).
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  // Least severe log line written (JSON on stdout, pino's levels).
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Bearer token for /api/metrics (Prometheus). Unset: the endpoint answers 404.
  METRICS_TOKEN: z.string().min(32, "METRICS_TOKEN must be at least 32 characters").optional(),
  // On SIGTERM: seconds /api/ready answers 503 while requests are still served, so a
  // load balancer stops sending before the listener closes; then the hard limit for
  // in-flight requests and background jobs to finish before the process exits anyway.
  SHUTDOWN_DRAIN_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(300).default(25),
  // "1" enables /api/bench/* and /bench/action (benchmark-only routes); never set in production.
  BENCH_ROUTES: z.enum(["0", "1"]).optional(),
  // Where the local SMTP sink (started when SMTP_URL is unset) keeps received mail.
  MAIL_SINK_DIR: z.string().optional(),
  // This site's onion service (http://….onion/): the Onion-Location header, the footer
  // link and the mirror's petition page. Read at run time.
  ONION_LOCATION: z.url().optional(),
  // Seconds without a published change before the static mirror is rebuilt (debounce).
  MIRROR_DEBOUNCE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  // Uploads live in DATA_DIR/uploads (the launcher also keeps the embedded database and secrets there).
  DATA_DIR: z.string().min(1).default(".data"),
  // The first admin created on an empty database.
  // The sign-in rule, so that the printed first account can always sign in.
  FIRST_ADMIN_EMAIL: staffEmailSchema.default("admin@localhost"),
});

export type Env = z.infer<typeof envSchema>;

/** Parses `source`, or throws one readable message naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".") || "env"}: ${issue.message}`);
  throw new Error(`Invalid configuration:\n${lines.join("\n")}\nSee .env.example for every variable.`);
}
