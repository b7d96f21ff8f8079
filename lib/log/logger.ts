import pino, { type Logger } from "pino";
import { env } from "../config/env";
import { currentRequestId } from "./request-context";

// Keys that hold personal data or secrets, at the top of a log object or one level
// down (pino's wildcard matches one level). Code must not log them at all; this is the
// net under that rule. The value is replaced and the key kept, so a line still shows
// that something was there.
const SENSITIVE = [
  "email",
  "mailTo",
  "to",
  "name",
  "ip",
  "address",
  "password",
  "passwordAgain",
  "code",
  "token",
  "secret",
  "cookie",
  "authorization",
];
const SENSITIVE_HEADERS = ["cookie", "authorization", "x-forwarded-for", "x-real-ip"];
export const redactPaths = [
  ...SENSITIVE.flatMap((k) => [k, `*.${k}`]),
  ...SENSITIVE_HEADERS.map((h) => `headers["${h}"]`),
  ...SENSITIVE_HEADERS.map((h) => `req.headers["${h}"]`),
];

const key = Symbol.for("free-voices.logger");
const store = globalThis as unknown as { [key]?: Logger };

/** Options shared by the app's logger and tests that capture its output. */
export function loggerOptions(): pino.LoggerOptions {
  return {
    level: env().LOG_LEVEL,
    base: { service: "free-voices" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: redactPaths, censor: "[redacted]" },
    // Every line written while serving a request carries its id.
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  };
}

/** The process's one logger: JSON lines on stdout (see docs/decisions). */
export function logger(): Logger {
  return (store[key] ??= pino(loggerOptions()));
}

/** An error as a log field: its class and message, never its stack's arguments or SQL parameters. */
export function errorField(error: unknown): { type: string; message: string } {
  if (error instanceof Error) return { type: error.name, message: error.message.slice(0, 500) };
  return { type: typeof error, message: String(error).slice(0, 500) };
}
