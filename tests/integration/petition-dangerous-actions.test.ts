/**
 * Dangerous petition actions (issue 11): exporting signers, bulk invalidation (and its
 * undo) and opening or closing the petition are for admins only, with a second-factor
 * code typed for the action: a wrong, reused or guessed code is refused with a field
 * error and nothing is written; the export is a same-origin POST, never a GET link.
 */
import crypto from "node:crypto";
import { generateSecret } from "otplib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type TestDatabase } from "../support/test-database";
import { createAppTestDatabase } from "../support/app-test-database";
import { NotFoundSignal, RedirectSignal, requestState } from "../support/next-request-mocks";
import { authenticator } from "../support/totp";

vi.mock("next/headers", async () => (await import("../support/next-request-mocks")).headersModule);
vi.mock("next/navigation", async () => (await import("../support/next-request-mocks")).navigationModule);
vi.mock("next/cache", async () => (await import("../support/next-request-mocks")).cacheModule);

const APP_URL = "http://localhost:3000";
type Result = { status: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };
type FormAction = (state: { status: "idle" }, form: FormData) => Promise<Result>;

let database: TestDatabase;
let db: typeof import("@/lib/db/client").db;
let actions: typeof import("@/app/admin/petition/actions");
let exportRoute: typeof import("@/app/admin/petition/export/route");
let cookieFor: (userId: string) => Promise<string>;
let sessionCookieName: string;
let petitionId = "";
const authenticators = new Map<string, ReturnType<typeof authenticator>>();
const users = { admin: "", admin2: "", admin3: "", admin4: "", editor: "" };
const sameOrigin = () => new Headers({ "sec-fetch-site": "same-origin", origin: APP_URL, host: "localhost:3000" });

/** A code from the user's authenticator, from a window not typed for them yet in this file. */
const code = (user: string) => authenticators.get(user)!.freshCode();
/** What the user's authenticator shows now: a right code, for calls that must refuse it anyway. */
const shownCode = (user: string) => authenticators.get(user)!.shown();

async function as(user: string) {
  requestState.cookies.clear();
  requestState.headers = sameOrigin();
  requestState.cookies.set(sessionCookieName, await cookieFor(user));
}

function call(action: unknown, fields: Record<string, string>): Promise<Result> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return (action as FormAction)({ status: "idle" }, form);
}

const petitionStatus = async () =>
  (await db.petition.findUniqueOrThrow({ where: { id: petitionId }, select: { status: true } })).status;
const invalidated = () => db.signature.count({ where: { petitionId, status: "INVALIDATED" } });

beforeAll(async () => {
  database = await createAppTestDatabase(APP_URL);
  ({ db } = await import("@/lib/db/client"));
  actions = await import("@/app/admin/petition/actions");
  exportRoute = await import("@/app/admin/petition/export/route");
  const cookie = await import("@/lib/auth/session-cookie");
  cookieFor = (userId) => cookie.issueSessionToken(userId);
  sessionCookieName = cookie.sessionCookieName();
  const { encryptToText } = await import("@/lib/crypto/encryption");
  for (const [key, role] of [
    ["admin", "ADMIN"],
    ["admin2", "ADMIN"],
    ["admin3", "ADMIN"],
    ["admin4", "ADMIN"],
    ["editor", "EDITOR"],
  ] as const) {
    const secret = generateSecret();
    const user = await db.staffUser.create({
      data: {
        email: `${key}@dangerous.test`,
        name: key,
        role,
        passwordHash: "not-used",
        totpEnabledAt: new Date(),
        totpSecretEncrypted: encryptToText(secret),
      },
      select: { id: true },
    });
    users[key] = user.id;
    authenticators.set(user.id, authenticator(secret));
  }
  petitionId = (
    await db.petition.create({
      data: { slug: "p", title: "Free them", body: "Release them.", status: "OPEN" },
      select: { id: true },
    })
  ).id;
  await db.signature.createMany({
    data: ["Real One", "Bot One", "Bot Two"].map((name) => ({
      petitionId,
      emailHash: new Uint8Array(crypto.randomBytes(32)),
      name,
      country: name.startsWith("Bot") ? "US" : "AZ",
      consentVersion: 1,
      status: "CONFIRMED" as const,
      confirmedAt: new Date(),
    })),
  });
});

afterAll(async () => {
  await (await import("@/lib/rate-limit/pg-pool")).rateLimitPool().end();
  await db?.$disconnect();
  await database?.drop();
});

describe("dangerous petition actions", () => {
  it("refuse an editor, even with a right code, and write nothing", async () => {
    await as(users.editor);
    const audits = await db.auditLog.count();
    for (const [action, fields] of [
      [actions.setPetitionStatusAction, { petitionId, status: "CLOSED" }],
      [actions.invalidateSignaturesAction, { petitionId, country: "US", reason: "bots", expectedCount: "2" }],
      [actions.undoInvalidationAction, { auditId: "anything" }],
    ] as const) {
      await expect(call(action, { ...fields, code: shownCode(users.editor) })).rejects.toBeInstanceOf(NotFoundSignal);
    }
    expect(await petitionStatus()).toBe("OPEN");
    expect(await invalidated()).toBe(0);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("refuse an admin without a right code, with a field error on the code, and write nothing", async () => {
    await as(users.admin);
    for (const typed of ["", "12345", "000000", shownCode(users.editor)]) {
      const result = await call(actions.setPetitionStatusAction, { petitionId, status: "CLOSED", code: typed });
      expect(result.status, typed).toBe("invalid");
      expect(result.fieldErrors?.code?.[0]).toMatch(/wrong or was used already/);
      expect(result.values?.code).toBeUndefined();
    }
    expect(await petitionStatus()).toBe("OPEN");
  });

  it("accept a fresh code once: the same code again is refused", async () => {
    await as(users.admin2);
    const fresh = code(users.admin2);
    expect(await call(actions.setPetitionStatusAction, { petitionId, status: "CLOSED", code: fresh })).toMatchObject({
      status: "ok",
    });
    expect(await petitionStatus()).toBe("CLOSED");
    const reused = await call(actions.setPetitionStatusAction, { petitionId, status: "OPEN", code: fresh });
    expect(reused.fieldErrors?.code?.[0]).toMatch(/wrong or was used already/);
    expect(await petitionStatus()).toBe("CLOSED");
    expect(
      await call(actions.setPetitionStatusAction, { petitionId, status: "OPEN", code: code(users.admin2) }),
    ).toMatchObject({ status: "ok" });
    expect(await petitionStatus()).toBe("OPEN");
  });

  it("stop guessing: after 5 wrong codes even the right one waits", async () => {
    await as(users.admin3);
    for (let i = 0; i < 5; i++)
      await call(actions.setPetitionStatusAction, { petitionId, status: "CLOSED", code: String(100000 + i) });
    const blocked = await call(actions.setPetitionStatusAction, {
      petitionId,
      status: "CLOSED",
      code: code(users.admin3),
    });
    expect(blocked.fieldErrors?.code?.[0]).toMatch(/Too many wrong codes/);
    expect(await petitionStatus()).toBe("OPEN");
  });

  it("invalidate in bulk with a fresh code, then undo it from its audit entry", async () => {
    await as(users.admin4);
    const invalidate = { petitionId, country: "US", reason: "bot flood", expectedCount: "2" };
    const wrong = await call(actions.invalidateSignaturesAction, { ...invalidate, code: "999999" });
    expect(wrong.fieldErrors?.code).toBeDefined();
    expect(await invalidated()).toBe(0);
    await expect(
      call(actions.invalidateSignaturesAction, { ...invalidate, code: code(users.admin4) }),
    ).rejects.toBeInstanceOf(RedirectSignal);
    expect(await invalidated()).toBe(2);

    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "invalidate-signatures", entityId: petitionId },
      select: { id: true },
    });
    const noCode = await call(actions.undoInvalidationAction, { auditId: entry.id, code: "" });
    expect(noCode.fieldErrors?.code).toBeDefined();
    expect(await invalidated()).toBe(2);
    await expect(
      call(actions.undoInvalidationAction, { auditId: entry.id, code: code(users.admin4) }),
    ).rejects.toMatchObject({ url: "/admin/petition?restored=2" });
    expect(await invalidated()).toBe(0);
    expect(
      await db.auditLog.findFirst({
        where: { action: "undo-invalidate-signatures", actorId: users.admin4 },
        select: { changes: true },
      }),
    ).toEqual({ changes: { invalidation: { from: null, to: entry.id }, count: { from: null, to: 2 } } });
  });
});

describe("the signer export", () => {
  const post = (fields: Record<string, string>, headers = sameOrigin()) => {
    const body = new URLSearchParams(fields);
    return exportRoute.POST(new Request(`${APP_URL}/admin/petition/export`, { method: "POST", body, headers }));
  };

  it("has no GET: a link in a phishing mail downloads nothing", () => {
    expect("GET" in exportRoute).toBe(false);
  });

  it("refuses another site, an editor and a wrong code; an admin with a fresh code gets the CSV, audited", async () => {
    const audits = () => db.auditLog.count({ where: { action: "export-signatures" } });
    await as(users.admin);
    const crossSite = new Headers({ "sec-fetch-site": "cross-site", origin: "https://evil.example" });
    expect((await post({ petitionId, code: shownCode(users.admin) }, crossSite)).status).toBe(403);

    await as(users.editor);
    expect((await post({ petitionId, code: shownCode(users.editor) })).status).toBe(403);

    await as(users.admin3); // blocked by the guessing test above
    const blocked = await post({ petitionId, code: code(users.admin3) });
    expect(blocked.headers.get("location")).toBe("/admin/petition?exportError=blocked#export");

    await as(users.admin2);
    const wrong = await post({ petitionId, code: "123456" });
    expect(wrong.status).toBe(303);
    expect(wrong.headers.get("location")).toBe("/admin/petition?exportError=wrong#export");
    expect(await audits()).toBe(0);

    const ok = await post({ petitionId, code: code(users.admin2) });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toContain("text/csv");
    const csv = await ok.text();
    expect(csv).toContain("Real One,AZ,");
    expect(await audits()).toBe(1);
  });
});
