import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { postgresLimiter, secondsBlocked } from "@/lib/rate-limit/postgres-limiter";

// Failed sign-ins are limited three ways, and none of them can keep an account's owner
// out. The tight limit is per account *and* address: the guessing address is blocked
// for that account. Per address over all accounts: one address trying many accounts is
// blocked. Per account over all addresses (a botnet): never a block, only friction: past
// FRICTION_AFTER failures an hour, a new device must solve a proof-of-work before its
// password is even checked, and the owner is told by mail. A device that signed in
// before (lib/auth/device-cookie.ts) skips the per-account limits altogether.
export const FRICTION_AFTER = 10;
const perAccountAndIp = () =>
  postgresLimiter({ keyPrefix: "login-acct-ip", points: 5, duration: 15 * 60, blockDuration: 15 * 60 });
// Counts, never refuses: the points are out of reach on purpose.
const perAccount = () => postgresLimiter({ keyPrefix: "login-acct", points: 1_000_000, duration: 60 * 60 });
const perIp = () => postgresLimiter({ keyPrefix: "login-ip", points: 30, duration: 15 * 60, blockDuration: 15 * 60 });

function keys(email: string, ip: string) {
  const account = email.trim().toLowerCase();
  return { accountIp: `${account}|${ip}`, account, ip };
}

export type LoginGate = { blockedFor: number; needsProof: boolean };

/** Whether this attempt may go ahead: seconds to wait (0: none), and whether it must prove work first. */
export async function loginGate(email: string, ip: string, rememberedDevice: boolean): Promise<LoginGate> {
  const k = keys(email, ip);
  const [ipWait, accountIpWait, accountFailures] = await Promise.all([
    secondsBlocked(perIp(), k.ip),
    rememberedDevice ? 0 : secondsBlocked(perAccountAndIp(), k.accountIp),
    rememberedDevice ? 0 : failuresOf(k.account),
  ]);
  return { blockedFor: Math.max(ipWait, accountIpWait), needsProof: accountFailures >= FRICTION_AFTER };
}

async function failuresOf(account: string): Promise<number> {
  return (await perAccount().get(account))?.consumedPoints ?? 0;
}

async function count(limiter: ReturnType<typeof perIp>, key: string): Promise<number> {
  try {
    return (await limiter.consume(key)).consumedPoints;
  } catch (error) {
    if (error instanceof RateLimiterRes) return error.consumedPoints;
    throw error;
  }
}

/** Counts a failure everywhere; returns the account's failures this hour. */
export async function recordLoginFailure(email: string, ip: string): Promise<number> {
  const k = keys(email, ip);
  const [, accountFailures] = await Promise.all([
    count(perAccountAndIp(), k.accountIp),
    count(perAccount(), k.account),
    count(perIp(), k.ip),
  ]);
  return accountFailures;
}

export async function recordLoginSuccess(email: string, ip: string): Promise<void> {
  await perAccountAndIp().delete(keys(email, ip).accountIp);
}
