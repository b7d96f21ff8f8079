/**
 * The first admin is not in the logs (issue 11, item 3), and an invitation's token is
 * checked before a password is hashed (item 9). On the production path `npm start`
 * prints no password: it writes a one-time link, valid 24 hours, to a file only its
 * system user can read; an account that never enrols its second factor expires.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { requestState } from "../support/next-request-mocks";

vi.mock("next/headers", async () => (await import("../support/next-request-mocks")).headersModule);
vi.mock("next/navigation", async () => (await import("../support/next-request-mocks")).navigationModule);

// Counts argon2 hashes: each costs ~20 MB and tens of milliseconds of a core.
const hashes = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...real,
    hashPassword: (password: string) => {
      hashes.count++;
      return real.hashPassword(password);
    },
  };
});

const APP_URL = "https://freevoices.example";
const HOUR = 3_600_000;
let database: TestDatabase;
let dataDir: string;
let db: typeof import("@/lib/db/client").db;
let prepareDatabase: typeof import("@/lib/runtime/prepare-database").prepareDatabase;
let acceptInvite: typeof import("@/lib/staff/accept-invite").acceptInvite;
let checkPassword: typeof import("@/lib/auth/check-password").checkPassword;
const logs: string[] = [];
const log = (line: string) => logs.push(line);
const linkFile = () => path.join(dataDir, "first-admin-setup-link.txt");
const tokenInFile = () => fs.readFileSync(linkFile(), "utf8").split("\n")[0]!.split("/").pop()!;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "fv-first-admin-"));
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    APP_URL,
    DATA_DIR: dataDir,
    FIRST_ADMIN_EMAIL: "chief@freevoices.example",
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    SIGNATURE_PEPPER: crypto.randomBytes(32).toString("base64url"),
    DATA_ENCRYPTION_KEY: crypto.randomBytes(32).toString("hex"),
  });
  ({ db } = await import("@/lib/db/client"));
  ({ prepareDatabase } = await import("@/lib/runtime/prepare-database"));
  ({ acceptInvite } = await import("@/lib/staff/accept-invite"));
  ({ checkPassword } = await import("@/lib/auth/check-password"));
}, 120_000);

afterEach(() => {
  vi.useRealTimers();
});

afterAll(async () => {
  const { rateLimitPool } = await import("@/lib/rate-limit/pg-pool");
  await rateLimitPool().end();
  await db?.$disconnect();
  await database?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("the first admin on the production path", () => {
  it("is announced without a password: a link in a file only this user can read", async () => {
    expect(await prepareDatabase(database.url, log, "setup-link")).toBeNull();
    const token = tokenInFile();
    expect(fs.readFileSync(linkFile(), "utf8")).toMatch(new RegExp(`^${APP_URL}/admin/invite/[A-Za-z0-9_-]{43}\\n`));
    expect(fs.statSync(linkFile()).mode & 0o777).toBe(0o600);
    expect(logs.join("\n")).toContain(linkFile());
    expect(logs.join("\n")).not.toContain(token);
    expect(logs.join("\n")).not.toMatch(/password/i);
    expect(await db.staffUser.count()).toBe(0);
    // A restart while the link is open issues no other.
    await prepareDatabase(database.url, log, "setup-link");
    expect(tokenInFile()).toBe(token);
  }, 120_000);

  it("gets a link that expires after 24 hours, and a new one at the next start", async () => {
    const expired = tokenInFile();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 24 * HOUR + 60_000);
    expect((await acceptInvite(expired, "Chief", "a long enough password")).status).toBe("invalid");
    await prepareDatabase(database.url, log, "setup-link");
    expect(tokenInFile()).not.toBe(expired);
  }, 120_000);

  it("sets their own password through the link, which works once", async () => {
    const token = tokenInFile();
    const first = await acceptInvite(token, "Chief", "a long enough password");
    expect(first).toMatchObject({ status: "ok", email: "chief@freevoices.example" });
    expect(await db.staffUser.findFirstOrThrow({ select: { role: true } })).toEqual({ role: "ADMIN" });
    expect((await acceptInvite(token, "Intruder", "another long password")).status).toBe("invalid");
    expect(await db.staffUser.count()).toBe(1);
  });

  it("cannot sign in once 24 hours pass without enrolling a second factor", async () => {
    expect(await checkPassword("chief@freevoices.example", "a long enough password", "198.51.100.1")).toMatchObject({
      status: "ok",
      enrolled: false,
    });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 24 * HOUR + 60_000);
    expect((await checkPassword("chief@freevoices.example", "a long enough password", "198.51.100.1")).status).toBe(
      "expired",
    );
    // A wrong password still says only "wrong": expiry is told to the owner alone.
    expect((await checkPassword("chief@freevoices.example", "not it", "198.51.100.1")).status).toBe("wrong");
  });
});

describe("accepting an invitation", () => {
  it("checks the token before hashing the password", async () => {
    requestState.headers = new Headers({ "sec-fetch-site": "same-origin", origin: APP_URL });
    const { acceptInviteAction } = await import("@/app/admin/invite/[token]/actions");
    const form = new FormData();
    form.set("token", crypto.randomBytes(32).toString("base64url"));
    form.set("name", "Nobody");
    form.set("password", "a long enough password");
    form.set("passwordAgain", "a long enough password");
    hashes.count = 0;
    for (let i = 0; i < 5; i++) {
      const result = await acceptInviteAction({ status: "idle" }, form);
      expect(result.status).toBe("error");
    }
    expect(hashes.count).toBe(0);
  });
});
