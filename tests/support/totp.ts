import { generateSync } from "otplib";

/**
 * Authenticator codes for tests. The server accepts the window before and after now and
 * refuses a window it has already seen from that person, so a test that types several
 * codes must never reuse a window, wherever in a 30-second window it started and however
 * long the machine took meanwhile.
 */

/** A code for `secret` in a given 30-second window (see totpWindow). */
export const codeInWindow = (secret: string, window: number) => generateSync({ secret, epoch: window * 30 });

/** The 30-second window a code made now with this offset belongs to. */
export const totpWindow = (step = 0) => Math.floor(Date.now() / 30_000) + step;

/** A code for `secret` in the window `step` windows from now. */
export function totpCode(secret: string, step = 0): string {
  return codeInWindow(secret, totpWindow(step));
}

/** The current window, else the next, else the previous (the one the clock is leaving, so the last resort). */
function unusedWindow(used: readonly number[]): number {
  const now = totpWindow();
  const window = [now, now + 1, now - 1].find((candidate) => !used.includes(candidate));
  if (window === undefined) throw new Error("all three windows the server accepts were used");
  return window;
}

/** A code the server still accepts now, from a window not in `used`. */
export function unusedTotpCode(secret: string, used: readonly number[]): string {
  return codeInWindow(secret, unusedWindow(used));
}

/**
 * One person's authenticator app: `shown()` is what it shows now; each `freshCode()` is from
 * a window this test has not typed for them yet.
 */
export function authenticator(secret: string) {
  const used: number[] = [];
  return {
    shown: () => totpCode(secret),
    freshCode(): string {
      const window = unusedWindow(used);
      used.push(window);
      return codeInWindow(secret, window);
    },
  };
}
