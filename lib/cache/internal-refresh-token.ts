import crypto from "node:crypto";

// A secret only this process knows, made at first use and never written anywhere: the
// background jobs and the route handlers of one server share globalThis, a visitor
// cannot read it, and another instance's token does not work here.
const key = Symbol.for("free-voices.internal-refresh-token");
const store = globalThis as unknown as { [key]?: string };

export function internalRefreshToken(): string {
  return (store[key] ??= crypto.randomBytes(32).toString("base64url"));
}

export function isInternalRefreshToken(given: string | null): boolean {
  if (!given) return false;
  const expected = Buffer.from(internalRefreshToken());
  const actual = Buffer.from(given);
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
}
