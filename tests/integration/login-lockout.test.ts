/**
 * Nobody can lock staff out (issue 11, item 1), on a real PostgreSQL: a botnet's wrong
 * passwords for a known staff address add friction and warn the owner, but never refuse
 * the owner's right password and code.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hash } from "@node-rs/argon2";
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { generateSecret } from "otplib";
import { pointPetitionCodeAt } from "../support/petition-env";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { authenticator } from "../support/totp";

vi.mock("next/headers", async () => (await import("../support/next-request-mocks")).headersModule);

const OWNER = "owner@lockout.test";
const PASSWORD = "the owner's long password";
let database: TestDatabase;
let db: typeof import("@/lib/db/client").db;
let checkPassword: typeof import("@/lib/auth/check-password").checkPassword;
let checkCode: typeof import("@/lib/auth/check-code").checkCode;
let signDeviceToken: typeof import("@/lib/auth/device-cookie").signDeviceToken;
let ownerId: string;
let authenticatorApp: ReturnType<typeof authenticator>;

/** What the sign-in page's widget posts: a solution to a challenge the app issued. */
async function solvedProofOfWork(): Promise<string> {
  const { createProofOfWorkChallenge } = await import("@/lib/petition/proof-of-work");
  const challenge = await createProofOfWorkChallenge();
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

const warnings = () => db.emailOutbox.count({ where: { template: "staff-sign-in-warning" } });

beforeAll(async () => {
  database = await createTestDatabase();
  pointPetitionCodeAt(database.url);
  ({ db } = await import("@/lib/db/client"));
  ({ checkPassword } = await import("@/lib/auth/check-password"));
  ({ checkCode } = await import("@/lib/auth/check-code"));
  ({ signDeviceToken } = await import("@/lib/auth/device-cookie"));
  const { encryptToText } = await import("@/lib/crypto/encryption");
  const secret = generateSecret();
  authenticatorApp = authenticator(secret);
  ownerId = (
    await db.staffUser.create({
      data: {
        email: OWNER,
        name: "Owner",
        role: "ADMIN",
        passwordHash: await hash(PASSWORD),
        totpSecretEncrypted: encryptToText(secret),
        totpEnabledAt: new Date(),
        sessionsValidAfter: new Date(Date.now() - 60_000),
      },
      select: { id: true },
    })
  ).id;
}, 60_000);

afterAll(async () => {
  const { rateLimitPool } = await import("@/lib/rate-limit/pg-pool");
  const { pgPool } = await import("@/lib/db/pg-pool");
  await rateLimitPool().end();
  await pgPool().end();
  await db?.$disconnect();
  await database?.drop();
});

describe("a botnet guessing a staff password", () => {
  it("makes 200 wrong attempts from 50 addresses without locking anything the owner needs", async () => {
    const outcomes = new Map<string, number>();
    for (let i = 0; i < 200; i++) {
      const result = await checkPassword(OWNER, `guess-${i}`, `203.0.113.${i % 50}`);
      outcomes.set(result.status, (outcomes.get(result.status) ?? 0) + 1);
    }
    // Past ten failures every new device must prove work first: the rest cost the botnet, not us.
    expect(outcomes.get("wrong")).toBe(10);
    expect(outcomes.get("challenge")).toBe(190);
    // Attackers who pay for the proof-of-work still only get "wrong".
    for (let i = 0; i < 2; i++)
      expect(
        (await checkPassword(OWNER, "guess", "192.0.2.1", { proofOfWork: await solvedProofOfWork() })).status,
      ).toBe("wrong");
  }, 120_000);

  it("lets the owner sign in from a device that signed in before, password and code, from an address the botnet also used", async () => {
    const device = { deviceTokens: [signDeviceToken(ownerId)] };
    for (let i = 0; i < 5; i++) await checkPassword(OWNER, "guess", "198.51.100.20");
    expect((await checkPassword(OWNER, PASSWORD, "198.51.100.99")).status).toBe("challenge");
    const result = await checkPassword(OWNER, PASSWORD, "198.51.100.20", device);
    expect(result).toMatchObject({ status: "ok", userId: ownerId, rememberedDevice: true });
    const code = authenticatorApp.freshCode();
    expect((await checkCode(ownerId, code, "198.51.100.20", { rememberedDevice: true })).status).toBe("ok");
  });

  it("lets the owner sign in from a new device after solving the proof-of-work", async () => {
    expect((await checkPassword(OWNER, PASSWORD, "198.51.100.30")).status).toBe("challenge");
    const result = await checkPassword(OWNER, PASSWORD, "198.51.100.30", { proofOfWork: await solvedProofOfWork() });
    expect(result).toMatchObject({ status: "ok", rememberedDevice: false });
    const code = authenticatorApp.freshCode();
    expect((await checkCode(ownerId, code, "198.51.100.30")).status).toBe("ok");
  });

  it("does not honour a device cookie that is forged, or signed for another account", async () => {
    const [id, issuedAt] = signDeviceToken(ownerId).split(".");
    const forged = `${id}.${issuedAt}.${"A".repeat(43)}`;
    const otherAccount = signDeviceToken("someone-else");
    for (const token of [forged, otherAccount])
      expect((await checkPassword(OWNER, PASSWORD, "198.51.100.40", { deviceTokens: [token] })).status).toBe(
        "challenge",
      );
  });

  it("warns the owner by one mail, not one per attempt, with the address sealed", async () => {
    expect(await warnings()).toBe(1);
    const mail = await db.emailOutbox.findFirstOrThrow({
      where: { template: "staff-sign-in-warning" },
      select: { to: true },
    });
    expect(mail.to).not.toContain(OWNER);
    const { openAddress } = await import("@/lib/mail/seal-outbox-message");
    expect(openAddress(mail.to!)).toBe(OWNER);
  });

  it("still blocks one address that tries many accounts", async () => {
    for (let i = 0; i < 30; i++) await checkPassword(`nobody${i}@lockout.test`, "guess", "192.0.2.200");
    expect(
      (await checkPassword(OWNER, PASSWORD, "192.0.2.200", { deviceTokens: [signDeviceToken(ownerId)] })).status,
    ).toBe("blocked");
  });
});
