/**
 * The authorisation walk over every server action of the admin area. Actions are found
 * on disk (every app/admin/**\/actions.ts) so a new action cannot escape the walk. Each
 * must refuse: no session, a disabled account, a signed-out session ("sign out
 * everywhere"), a forged cookie, an editor where only an admin may act, and any request
 * from another site. Nothing may be written by a refused call. A positive control proves
 * the same calls succeed with a proper session, so the refusals are not an artefact.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type TestDatabase } from "../support/test-database";
import { createAppTestDatabase } from "../support/app-test-database";
import { NotFoundSignal, RedirectSignal, requestState } from "../support/next-request-mocks";

vi.mock("next/headers", async () => (await import("../support/next-request-mocks")).headersModule);
vi.mock("next/navigation", async () => (await import("../support/next-request-mocks")).navigationModule);
vi.mock("next/cache", async () => (await import("../support/next-request-mocks")).cacheModule);

const root = path.resolve(import.meta.dirname, "../..");
const APP_URL = "http://localhost:3000";

/** Actions anyone may call (they are the way in); they must still refuse other sites. */
const PUBLIC_ACTIONS = new Set(["signInWithPassword", "signInWithCode", "finishEnrolment", "acceptInviteAction"]);
/** Actions only an admin may call. */
const ADMIN_ONLY_ACTIONS = new Set([
  "inviteStaffAction",
  "updateStaffAccessAction",
  // Signer data and bulk changes to the petition (issue 11), each with a fresh code too.
  "setPetitionStatusAction",
  "invalidateSignaturesAction",
  "undoInvalidationAction",
]);

type Action = (...args: unknown[]) => Promise<unknown>;

function actionFiles(): string[] {
  return (fs.readdirSync(path.join(root, "app/admin"), { recursive: true }) as string[])
    .filter((file) => path.basename(file) === "actions.ts")
    .map((file) => path.join(root, "app/admin", file));
}

let database: TestDatabase;
let db: typeof import("@/lib/db/client").db;
let issueSessionToken: typeof import("@/lib/auth/session-cookie").issueSessionToken;
let sessionCookieName: string;
const actions: { file: string; name: string; fn: Action }[] = [];
const users: Record<"admin" | "editor" | "disabled" | "signedOut", string> = {
  admin: "",
  editor: "",
  disabled: "",
  signedOut: "",
};
let detaineeId = "";
let eventId = "";

const sameOrigin = () => new Headers({ "sec-fetch-site": "same-origin", origin: APP_URL, host: "localhost:3000" });

async function signInAs(user: keyof typeof users | null, options: { authAt?: number; headers?: Headers } = {}) {
  requestState.cookies.clear();
  requestState.headers = options.headers ?? sameOrigin();
  if (user) requestState.cookies.set(sessionCookieName, await issueSessionToken(users[user], options.authAt));
}

function formFor(): FormData {
  // Plausible, valid-looking input: were a check missing, the call would go on to write.
  const form = new FormData();
  const fields: Record<string, string> = {
    id: detaineeId,
    detaineeId,
    userId: users.editor,
    statementId: "none",
    version: "1",
    petitionId: "none",
    goal: "5",
    reason: "Attack",
    expectedCount: "1",
    displayName: "Changed By Attacker",
    slug: "walk-detainee",
    status: "RELEASED",
    statusCertainty: "KNOWN",
    published: "on",
    name: "Attacker Spelling",
    script: "LATIN",
    description: "Attack",
    type: "HEARING",
    occurredOn: "2020",
    title: "Attack",
    visibility: "HIDDEN",
    email: "attacker@example.org",
    role: "ADMIN",
    change: "make-admin",
    password: "x".repeat(16),
    code: "123456",
    token: "t".repeat(43),
    text: "Attack",
    newSpeakerName: "Attacker",
    body: "Attack",
    kind: "OTHER",
    publication: "PUBLISHED",
    auditId: "none",
  };
  // A browser posts every field of the form, empty ones included.
  for (const empty of [
    "occupation",
    "bio",
    "statusConfirmedOn",
    "arrestDate",
    "placeOfDetention",
    "sentence",
    "releaseDate",
    "releaseType",
    "photoCredit",
    "photoLicence",
    "photoSourceUrl",
    "lang",
    "article",
    "addedOn",
    "droppedOn",
    "newSourcePublisher",
    "newSourceTitle",
    "newSourceUrl",
    "summary",
    "publishAt",
    "newOrganisationName",
    "speakerId",
    "newSpeakerRole",
  ]) {
    fields[empty] = "";
  }
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

function call(fn: Action): Promise<unknown> {
  return fn.length >= 2 ? fn({ status: "idle" }, formFor()) : fn(formFor());
}

async function snapshot() {
  const [audits, detainee, staff, events] = await Promise.all([
    db.auditLog.count(),
    db.detainee.findUniqueOrThrow({
      where: { id: detaineeId },
      select: { displayName: true, status: true, version: true },
    }),
    db.staffUser.findMany({
      orderBy: { email: "asc" },
      select: { role: true, disabledAt: true, sessionsValidAfter: true },
    }),
    db.caseEvent.findUniqueOrThrow({ where: { id: eventId }, select: { visibility: true } }),
  ]);
  return { audits, detainee, staff, events };
}

beforeAll(async () => {
  database = await createAppTestDatabase(APP_URL);
  ({ db } = await import("@/lib/db/client"));
  const cookie = await import("@/lib/auth/session-cookie");
  issueSessionToken = cookie.issueSessionToken;
  sessionCookieName = cookie.sessionCookieName();
  for (const file of actionFiles()) {
    const exported = (await import(file)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(exported))
      if (typeof fn === "function") actions.push({ file: path.relative(root, file), name, fn: fn as Action });
  }
  const enrolled = { passwordHash: "not-used", totpEnabledAt: new Date(), totpSecretEncrypted: "not-used" };
  users.admin = (
    await db.staffUser.create({
      data: { email: "admin@walk.test", name: "Admin", role: "ADMIN", ...enrolled },
      select: { id: true },
    })
  ).id;
  users.editor = (
    await db.staffUser.create({
      data: { email: "editor@walk.test", name: "Editor", role: "EDITOR", ...enrolled },
      select: { id: true },
    })
  ).id;
  users.disabled = (
    await db.staffUser.create({
      data: { email: "disabled@walk.test", name: "Disabled", role: "ADMIN", disabledAt: new Date(), ...enrolled },
      select: { id: true },
    })
  ).id;
  users.signedOut = (
    await db.staffUser.create({
      data: {
        email: "signedout@walk.test",
        name: "Signed out",
        role: "ADMIN",
        sessionsValidAfter: new Date(Date.now() + 60_000),
        ...enrolled,
      },
      select: { id: true },
    })
  ).id;
  detaineeId = (
    await db.detainee.create({
      data: { slug: "walk-detainee", displayName: "Walk Detainee", status: "PRE_TRIAL_DETENTION" },
      select: { id: true },
    })
  ).id;
  eventId = (
    await db.caseEvent.create({
      data: { detaineeId, type: "ARREST", occurredOn: new Date("2013-03-01"), title: "Arrested" },
      select: { id: true },
    })
  ).id;
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe("every admin server action", () => {
  it("is found on disk, and the walk covers a known minimum", () => {
    const names = actions.map((a) => a.name);
    for (const expected of [
      "updateDetaineeAction",
      "addEventAction",
      "updateStatementAction",
      "inviteStaffAction",
      "signOutEverywhere",
      "signInWithPassword",
      "undoInvalidationAction",
    ]) {
      expect(names).toContain(expected);
    }
    expect(actions.length).toBeGreaterThanOrEqual(20);
  });

  it("is built by the one wrapper (staffAction, staffButtonAction or publicAction)", async () => {
    const { isWrappedAction } = await import("@/lib/actions/staff-action");
    expect(actions.filter((a) => !isWrappedAction(a.fn)).map((a) => `${a.file}: ${a.name}`)).toEqual([]);
  });

  it("refuses a request from another site, whoever is signed in", async () => {
    const before = await snapshot();
    for (const { name, fn } of actions) {
      for (const headers of [
        new Headers({ "sec-fetch-site": "cross-site", origin: "https://evil.example", host: "localhost:3000" }),
        new Headers({ origin: "https://evil.example", host: "localhost:3000" }),
        new Headers({ host: "localhost:3000" }), // no Origin, no Sec-Fetch-Site: not a browser form post from us
      ]) {
        await signInAs("admin", { headers });
        await expect(call(fn), `${name} from another site`).rejects.toThrow(/another site/);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses anonymous, disabled, signed-out and forged sessions", async () => {
    const before = await snapshot();
    const protectedActions = actions.filter((a) => !PUBLIC_ACTIONS.has(a.name));
    expect(protectedActions.length).toBeGreaterThan(15);
    for (const { name, fn } of protectedActions) {
      for (const who of [null, "disabled", "signedOut"] as const) {
        await signInAs(who);
        const error = await call(fn).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, `${name} as ${who ?? "anonymous"}`).toBeInstanceOf(RedirectSignal);
        expect((error as RedirectSignal).url).toBe("/admin/sign-in");
      }
      // A session issued before "sign out everywhere" of an otherwise fine admin.
      await signInAs("admin", { authAt: Date.now() - 60_000 });
      await db.staffUser.update({ where: { id: users.admin }, data: { sessionsValidAfter: new Date() } });
      await expect(call(fn), `${name} with an ended session`).rejects.toBeInstanceOf(RedirectSignal);
      requestState.cookies.clear();
      requestState.cookies.set(sessionCookieName, "forged.token.value");
      await expect(call(fn), `${name} with a forged cookie`).rejects.toBeInstanceOf(RedirectSignal);
    }
    const after = await snapshot();
    // Only the admin's own sessionsValidAfter moved (the test did that itself).
    expect({ ...after, staff: after.staff.map((s) => s.role) }).toEqual({
      ...before,
      staff: before.staff.map((s) => s.role),
    });
  });

  it("refuses an editor where only an admin may act", async () => {
    const before = await snapshot();
    const adminOnly = actions.filter((a) => ADMIN_ONLY_ACTIONS.has(a.name));
    expect(adminOnly.map((a) => a.name).sort()).toEqual([...ADMIN_ONLY_ACTIONS].sort());
    for (const { name, fn } of adminOnly) {
      await signInAs("editor");
      await expect(call(fn), `${name} as editor`).rejects.toBeInstanceOf(NotFoundSignal);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("lets a signed-in editor act (positive control), with a version check and a status event", async () => {
    const action = actions.find((a) => a.name === "updateDetaineeAction")!.fn;
    await signInAs("editor");
    const form = formFor();
    const result = (await action({ status: "idle" }, form)) as { status: string };
    expect(result, JSON.stringify(result)).toMatchObject({ status: "ok" });
    const saved = await db.detainee.findUniqueOrThrow({
      where: { id: detaineeId },
      select: { status: true, version: true },
    });
    expect(saved).toEqual({ status: "RELEASED", version: 2 });
    const events = await db.caseEvent.findMany({
      where: { detaineeId, type: "STATUS_CHANGE" },
      select: { title: true, createdById: true },
    });
    expect(events).toEqual([{ title: "Status changed: Pre-trial detention → Released", createdById: users.editor }]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Detainee", entityId: detaineeId, action: "update" },
      select: { changes: true, actorId: true },
    });
    expect(audit.actorId).toBe(users.editor);
    expect(audit.changes).toMatchObject({
      status: { from: "PRE_TRIAL_DETENTION", to: "RELEASED" },
      displayName: { from: "Walk Detainee", to: "Changed By Attacker" },
    });

    // Saving again over version 1 (someone else's save made it 2): refused, both values shown.
    const stale = formFor();
    stale.set("displayName", "Someone Else's Name");
    const conflict = (await action({ status: "idle" }, stale)) as {
      status: string;
      fieldErrors: Record<string, string[]>;
      values: Record<string, string>;
    };
    expect(conflict.status).toBe("invalid");
    expect(conflict.fieldErrors._conflict!.join("\n")).toContain(
      "Name shown: saved now “Changed By Attacker”, yours “Someone Else's Name”",
    );
    expect(conflict.values.version).toBe("2");
    expect(
      (await db.detainee.findUniqueOrThrow({ where: { id: detaineeId }, select: { displayName: true } })).displayName,
    ).toBe("Changed By Attacker");
  });
});
