/**
 * Sessions end (issue 11, item 2), on a real PostgreSQL with a clock the test controls:
 * 8 hours after sign-in whatever the activity, after 30 idle minutes, at sign-out on
 * the server (a copied cookie no longer works), from the account page, and all at once
 * when the account is disabled.
 */
import crypto from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type TestDatabase } from "../support/test-database";
import { createAppTestDatabase } from "../support/app-test-database";
import { requestState, RedirectSignal } from "../support/next-request-mocks";

vi.mock("next/headers", async () => (await import("../support/next-request-mocks")).headersModule);
vi.mock("next/navigation", async () => (await import("../support/next-request-mocks")).navigationModule);
vi.mock("next/cache", async () => (await import("../support/next-request-mocks")).cacheModule);

const APP_URL = "http://localhost:3000";
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
const SAFARI =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const MINUTE = 60_000;
type FormAction = (state: { status: "idle" }, form: FormData) => Promise<{ status: string }>;

let database: TestDatabase;
let db: typeof import("@/lib/db/client").db;
let cookie: typeof import("@/lib/auth/session-cookie");
let session: typeof import("@/lib/auth/session");
let account: typeof import("@/app/admin/account/actions");
let staffActions: typeof import("@/app/admin/staff/actions");
let listStaffSessions: typeof import("@/lib/auth/list-staff-sessions").listStaffSessions;

async function newStaff(role: "ADMIN" | "EDITOR" = "EDITOR") {
  const user = await db.staffUser.create({
    data: {
      email: `${crypto.randomBytes(4).toString("hex")}@sessions.test`,
      name: "Someone",
      role,
      passwordHash: "not-used",
      totpEnabledAt: new Date(Date.now() - 60 * MINUTE),
      totpSecretEncrypted: "not-used",
      sessionsValidAfter: new Date(Date.now() - 60 * MINUTE),
    },
    select: { id: true },
  });
  return user.id;
}

/** Who a request carrying this cookie is: the same check every admin page and action runs. */
async function who(token: string) {
  const claims = await cookie.readSessionClaims(token);
  return claims ? session.staffForClaims(claims) : null;
}

function browserWith(token: string) {
  requestState.cookies = new Map([[cookie.sessionCookieName(), token]]);
  requestState.headers = new Headers({ "sec-fetch-site": "same-origin", origin: APP_URL, host: "localhost:3000" });
}

async function post(action: unknown, fields: Record<string, string> = {}) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return (action as (form: FormData) => Promise<void>)(data);
}

beforeAll(async () => {
  database = await createAppTestDatabase(APP_URL);
  ({ db } = await import("@/lib/db/client"));
  cookie = await import("@/lib/auth/session-cookie");
  session = await import("@/lib/auth/session");
  account = await import("@/app/admin/account/actions");
  staffActions = await import("@/app/admin/staff/actions");
  ({ listStaffSessions } = await import("@/lib/auth/list-staff-sessions"));
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe("a staff session", () => {
  it("ends 8 hours after sign-in, however active its owner", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const signedInAt = Date.now();
    const userId = await newStaff();
    const token = await cookie.issueSessionToken(userId, signedInAt, FIREFOX);
    // Judged by the server's rule, not the cookie's own expiry: the claims are read once, at sign-in.
    const claims = (await cookie.readSessionClaims(token))!;
    for (let minutes = 0; minutes < 8 * 60; minutes += 20) {
      vi.setSystemTime(signedInAt + minutes * MINUTE);
      expect(await session.staffForClaims(claims), `after ${minutes} min`).not.toBeNull();
    }
    vi.setSystemTime(signedInAt + 8 * 60 * MINUTE);
    expect(await session.staffForClaims(claims)).toBeNull();
    expect(await who(token)).toBeNull();
  });

  it("ends after 30 minutes without a request, and records activity at most once a minute", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const signedInAt = Date.now();
    const userId = await newStaff();
    const token = await cookie.issueSessionToken(userId, signedInAt, FIREFOX);
    const lastSeen = async () =>
      (
        await db.staffSession.findFirstOrThrow({ where: { userId }, select: { lastSeenAt: true } })
      ).lastSeenAt.getTime();

    for (let seconds = 0; seconds < 60; seconds += 10) {
      vi.setSystemTime(signedInAt + seconds * 1000);
      expect(await who(token)).not.toBeNull();
    }
    expect(await lastSeen()).toBe(signedInAt);

    vi.setSystemTime(signedInAt + 29 * MINUTE);
    expect(await who(token)).not.toBeNull();
    expect(await lastSeen()).toBe(signedInAt + 29 * MINUTE);
    vi.setSystemTime(signedInAt + 58 * MINUTE);
    expect(await who(token)).not.toBeNull();
    vi.setSystemTime(signedInAt + 88 * MINUTE);
    expect(await who(token)).toBeNull();
  });

  it("is revoked on the server at sign-out: the same cookie replayed gets nothing", async () => {
    const userId = await newStaff();
    const here = await cookie.issueSessionToken(userId, Date.now(), FIREFOX);
    const elsewhere = await cookie.issueSessionToken(userId, Date.now(), SAFARI);
    browserWith(here);
    await expect(post(account.signOut)).rejects.toThrow(RedirectSignal);
    expect(requestState.cookies.has(cookie.sessionCookieName())).toBe(false);
    expect(await who(here)).toBeNull();
    expect(await who(elsewhere)).not.toBeNull();
  });

  it("is listed on the account page, and another one can be ended there", async () => {
    const userId = await newStaff();
    const laptop = await cookie.issueSessionToken(userId, Date.now(), FIREFOX);
    const phone = await cookie.issueSessionToken(userId, Date.now(), SAFARI);
    const stranger = await cookie.issueSessionToken(await newStaff(), Date.now(), SAFARI);
    const me = (await who(laptop))!;
    const listed = await listStaffSessions(me);
    expect(
      listed.map(({ device, current }) => ({ device, current })).sort((a, b) => a.device.localeCompare(b.device)),
    ).toEqual([
      { device: "Firefox on Linux", current: true },
      { device: "Safari on iOS", current: false },
    ]);
    expect(JSON.stringify(listed)).not.toMatch(/\d+\.\d+\.\d+\.\d+/);

    const phoneSession = listed.find((row) => !row.current)!;
    browserWith(laptop);
    await post(account.endSession, { sessionId: phoneSession.id });
    expect(await who(phone)).toBeNull();
    expect(await who(laptop)).not.toBeNull();
    expect(await listStaffSessions(me)).toHaveLength(1);

    // Someone else's session id changes nothing.
    const strangerSession = (await cookie.readSessionClaims(stranger))!.sid;
    await post(account.endSession, { sessionId: strangerSession });
    expect(await who(stranger)).not.toBeNull();
  });

  it("ends everywhere at once when an admin disables the account", async () => {
    const admin = await newStaff("ADMIN");
    const userId = await newStaff();
    const tokens = [
      await cookie.issueSessionToken(userId, Date.now(), FIREFOX),
      await cookie.issueSessionToken(userId, Date.now(), SAFARI),
    ];
    browserWith(await cookie.issueSessionToken(admin, Date.now(), FIREFOX));
    const form = new FormData();
    form.set("userId", userId);
    form.set("change", "disable");
    const disable = staffActions.updateStaffAccessAction as unknown as FormAction;
    const result = await disable({ status: "idle" }, form);
    expect(result.status).toBe("ok");
    for (const token of tokens) expect(await who(token)).toBeNull();
    expect(await db.staffSession.count({ where: { userId, revokedAt: null } })).toBe(0);
  });

  it("is deleted a month after it ended; live ones stay", async () => {
    const userId = await newStaff();
    await cookie.issueSessionToken(userId, Date.now() - 31 * 24 * 60 * MINUTE, FIREFOX);
    const live = await cookie.issueSessionToken(userId, Date.now(), FIREFOX);
    const { purgeEndedSessions } = await import("@/lib/auth/purge-ended-sessions");
    expect(await purgeEndedSessions()).toBeGreaterThanOrEqual(1);
    const left = await db.staffSession.findMany({ where: { userId }, select: { id: true } });
    expect(left.map((row) => row.id)).toEqual([(await cookie.readSessionClaims(live))!.sid]);
  });
});
