import "server-only";
import { countAttempt, postgresLimiter, secondsBlocked } from "@/lib/rate-limit/postgres-limiter";

// Failed sign-ins are limited three ways. The tight limit is per account *and* IP, so
// an attacker guessing from their own address cannot lock out staff signing in from
// theirs. The per-account limit across all addresses is loose (slows a botnet down)
// and, like the others, expires by itself: no limit here can lock anyone out for good.
const perAccountAndIp = () =>
  postgresLimiter({ keyPrefix: "login-acct-ip", points: 5, duration: 15 * 60, blockDuration: 15 * 60 });
const perAccount = () => postgresLimiter({ keyPrefix: "login-acct", points: 50, duration: 60 * 60 });
const perIp = () => postgresLimiter({ keyPrefix: "login-ip", points: 30, duration: 15 * 60, blockDuration: 15 * 60 });

function keys(email: string, ip: string) {
  const account = email.trim().toLowerCase();
  return { accountIp: `${account}|${ip}`, account, ip };
}

/** Seconds the caller must wait before another attempt, or 0. */
export async function loginBlockedFor(email: string, ip: string): Promise<number> {
  const k = keys(email, ip);
  const waits = await Promise.all([
    secondsBlocked(perAccountAndIp(), k.accountIp),
    secondsBlocked(perAccount(), k.account),
    secondsBlocked(perIp(), k.ip),
  ]);
  return Math.max(...waits);
}

export async function recordLoginFailure(email: string, ip: string): Promise<void> {
  const k = keys(email, ip);
  await Promise.all([
    countAttempt(perAccountAndIp(), k.accountIp),
    countAttempt(perAccount(), k.account),
    countAttempt(perIp(), k.ip),
  ]);
}

export async function recordLoginSuccess(email: string, ip: string): Promise<void> {
  await perAccountAndIp().delete(keys(email, ip).accountIp);
}
