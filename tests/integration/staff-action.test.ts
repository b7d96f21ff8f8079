/**
 * The staff action wrapper on a real PostgreSQL: a change and its audit row commit
 * together or not at all (the audit write is made to fail), "not found" comes back one
 * way, and bad input comes back as field errors with the typed values, never a secret.
 */
import crypto from "node:crypto";
import { generateSecret } from "otplib";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type TestDatabase } from "../support/test-database";
import { createAppTestDatabase } from "../support/app-test-database";
import { requestState } from "../support/next-request-mocks";
import { authenticator } from "../support/totp";

vi.mock("next/headers", async () => (await import("../support/next-request-mocks")).headersModule);
vi.mock("next/navigation", async () => (await import("../support/next-request-mocks")).navigationModule);
vi.mock("next/cache", async () => (await import("../support/next-request-mocks")).cacheModule);

const auditFault = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/audit/record-audit", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/audit/record-audit")>();
  return {
    recordAudit: async (...args: Parameters<typeof real.recordAudit>) => {
      if (auditFault.on) throw new Error("audit log unavailable");
      return real.recordAudit(...args);
    },
  };
});

const APP_URL = "http://localhost:3000";
type Result = {
  status: string;
  formError?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
};
type FormAction = (state: { status: "idle" }, form: FormData) => Promise<Result>;

let database: TestDatabase;
let db: typeof import("@/lib/db/client").db;
let petition: typeof import("@/app/admin/petition/actions");
let detainees: typeof import("@/app/admin/detainees/actions");
let signIn: typeof import("@/app/admin/sign-in/actions");
let petitionId = "";
let adminAuthenticator: ReturnType<typeof authenticator>;
let adminCookie = "";
let editorCookie = "";
let cookieName = "";

/** Acts as the admin for one call, with a code from a window not typed yet. */
async function asAdmin<T>(work: (code: string) => Promise<T>): Promise<T> {
  requestState.cookies.set(cookieName, adminCookie);
  try {
    return await work(adminAuthenticator.freshCode());
  } finally {
    requestState.cookies.set(cookieName, editorCookie);
  }
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const call = (action: unknown, fields: Record<string, string>) =>
  (action as FormAction)({ status: "idle" }, form(fields));

beforeAll(async () => {
  database = await createAppTestDatabase(APP_URL);
  ({ db } = await import("@/lib/db/client"));
  petition = await import("@/app/admin/petition/actions");
  detainees = await import("@/app/admin/detainees/actions");
  signIn = await import("@/app/admin/sign-in/actions");
  const { issueSessionToken, sessionCookieName } = await import("@/lib/auth/session-cookie");
  const editor = await db.staffUser.create({
    data: {
      email: "editor@action.test",
      name: "Editor",
      role: "EDITOR",
      passwordHash: "not-used",
      totpEnabledAt: new Date(),
      totpSecretEncrypted: "not-used",
    },
    select: { id: true },
  });
  requestState.headers = new Headers({ "sec-fetch-site": "same-origin", origin: APP_URL, host: "localhost:3000" });
  requestState.cookies.set(sessionCookieName(), await issueSessionToken(editor.id));
  // Closing the petition and bulk invalidation are an admin's, with a fresh code (issue 11).
  const { encryptToText } = await import("@/lib/crypto/encryption");
  const adminSecret = generateSecret();
  adminAuthenticator = authenticator(adminSecret);
  adminCookie = await issueSessionToken(
    (
      await db.staffUser.create({
        data: {
          email: "admin@action.test",
          name: "Admin",
          role: "ADMIN",
          passwordHash: "not-used",
          totpEnabledAt: new Date(),
          totpSecretEncrypted: encryptToText(adminSecret),
        },
        select: { id: true },
      })
    ).id,
  );
  editorCookie = requestState.cookies.get(sessionCookieName())!;
  cookieName = sessionCookieName();
  petitionId = (
    await db.petition.create({
      data: { slug: "p", title: "Free them", body: "Release them.", status: "OPEN", goal: 1000 },
      select: { id: true },
    })
  ).id;
});

beforeEach(() => {
  auditFault.on = false;
});

afterAll(async () => {
  await (await import("@/lib/rate-limit/pg-pool")).rateLimitPool().end();
  await db?.$disconnect();
  await database?.drop();
});

const petitionRow = () =>
  db.petition.findUniqueOrThrow({ where: { id: petitionId }, select: { goal: true, status: true, closedAt: true } });

describe("a staff action", () => {
  it("writes the change and its audit row together", async () => {
    expect(await call(petition.setPetitionGoalAction, { petitionId, goal: "2500" })).toMatchObject({ status: "ok" });
    expect((await petitionRow()).goal).toBe(2500);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Petition", entityId: petitionId },
      orderBy: { at: "desc" },
      select: { changes: true },
    });
    expect(audit.changes).toEqual({ goal: { from: 1000, to: 2500 } });
  });

  it("leaves no change behind when its audit row cannot be written", async () => {
    const before = await petitionRow();
    const audits = await db.auditLog.count();
    auditFault.on = true;
    await expect(call(petition.setPetitionGoalAction, { petitionId, goal: "9999" })).rejects.toThrow(
      "audit log unavailable",
    );
    await expect(
      asAdmin((code) => call(petition.setPetitionStatusAction, { petitionId, status: "CLOSED", code })),
    ).rejects.toThrow("audit log unavailable");
    expect(await petitionRow()).toEqual(before);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("leaves bulk invalidation undone when its audit row cannot be written", async () => {
    await db.signature.create({
      data: {
        petitionId,
        emailHash: new Uint8Array(crypto.randomBytes(32)),
        emailDomainHash: new Uint8Array(crypto.randomBytes(32)),
        name: "Bot",
        country: "US",
        consentVersion: 1,
        status: "CONFIRMED",
        confirmedAt: new Date(),
      },
      select: { id: true },
    });
    auditFault.on = true;
    await expect(
      asAdmin((code) =>
        call(petition.invalidateSignaturesAction, {
          petitionId,
          country: "US",
          reason: "bot flood",
          expectedCount: "1",
          code,
        }),
      ),
    ).rejects.toThrow("audit log unavailable");
    expect(await db.signature.count({ where: { petitionId, status: "INVALIDATED" } })).toBe(0);
  });

  it("answers a missing record with one form error, not a crash", async () => {
    const result = await call(petition.setPetitionGoalAction, { petitionId: "no-such-petition", goal: "10" });
    expect(result).toMatchObject({ status: "invalid", formError: "This petition no longer exists. Reload the page." });
    const charge = await call(detainees.addChargeAction, {
      detaineeId: "no-such-profile",
      description: "Hooliganism",
      article: "",
      code: "",
      addedOn: "",
      droppedOn: "",
    });
    expect(charge).toMatchObject({ status: "invalid", formError: "This profile no longer exists. Reload the page." });
  });

  it("returns field errors with what was typed, and never echoes a secret", async () => {
    const goal = await call(petition.setPetitionGoalAction, { petitionId, goal: "lots" });
    expect(goal).toMatchObject({
      status: "invalid",
      fieldErrors: { goal: ["Enter a number."] },
      values: { petitionId, goal: "lots" },
    });
    const signInResult = await call(signIn.signInWithPassword, {
      email: "not-an-email",
      password: "correct horse battery",
    });
    expect(signInResult.status).toBe("invalid");
    expect(signInResult.fieldErrors?.email?.length).toBeGreaterThan(0);
    expect(signInResult.values).toEqual({ email: "not-an-email" });
  });

  it("refuses control characters in any field, by name, before the database sees them", async () => {
    const detainee = await db.detainee.create({
      data: { slug: "nul-test", displayName: "Nul Test", status: "PRE_TRIAL_DETENTION", published: false },
      select: { id: true },
    });
    const auditBefore = await db.auditLog.count();
    const charge = await call(detainees.addChargeAction, {
      detaineeId: detainee.id,
      description: "Hooliganism\u0000",
      article: "221.3",
    });
    expect(charge).toMatchObject({
      status: "invalid",
      fieldErrors: { description: ["Remove the control characters (such as NUL) from this field."] },
    });
    expect(charge.fieldErrors).not.toHaveProperty("article");
    const signInResult = await call(signIn.signInWithPassword, { email: "a\u0000@b.test", password: "x" });
    expect(signInResult.fieldErrors?.email).toEqual(["Remove the control characters (such as NUL) from this field."]);
    expect(await db.charge.count({ where: { detaineeId: detainee.id } })).toBe(0);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });
});
