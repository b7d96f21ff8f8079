/**
 * Every way an account is created (the first admin that `npm start` prints, the command
 * line, an invitation) gives an account that signs in with the address as it was typed:
 * the sign-in form's schema, then the password check, on a real PostgreSQL.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

vi.mock("next/headers", async () => (await import("../support/next-request-mocks")).headersModule);

const ADDRESSES = [
  "admin@localhost",
  "Admin@Bücher.Example",
  "first.last+campaign@example.org",
  "ADMIN@EXAMPLE.ORG",
  "  admin@example.org  ",
];

let database: TestDatabase;
let db: typeof import("@/lib/db/client").db;
let checkPassword: typeof import("@/lib/auth/check-password").checkPassword;
let signInSchema: typeof import("@/lib/auth/schemas").signInSchema;
let ip = 0;

async function signsIn(typed: string, password: string) {
  const form = signInSchema.safeParse({ email: typed, password });
  expect(form.success, `the sign-in form refuses ${JSON.stringify(typed)}`).toBe(true);
  // A fresh client address each time, so no login limit hides the answer.
  return (await checkPassword(form.data!.email, form.data!.password, `198.51.100.${++ip}`)).status;
}

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  ({ db } = await import("@/lib/db/client"));
  ({ checkPassword } = await import("@/lib/auth/check-password"));
  ({ signInSchema } = await import("@/lib/auth/schemas"));
});

beforeEach(async () => {
  await db.staffInvite.deleteMany();
  await db.staffUser.deleteMany();
});

afterAll(async () => {
  const { rateLimitPool } = await import("@/lib/rate-limit/pg-pool");
  await rateLimitPool().end();
  await db?.$disconnect();
  await database?.drop();
});

describe("an account created with an address signs in with it", () => {
  it.each(ADDRESSES)("first admin %j", async (typed) => {
    const { createFirstAdminIfNone } = await import("@/lib/staff/create-first-admin");
    const created = await createFirstAdminIfNone(db, typed);
    expect(await signsIn(typed, created!.password)).toBe("ok");
    expect(await signsIn(created!.email, created!.password)).toBe("ok");
  });

  it.each(ADDRESSES)("command line %j", async (typed) => {
    const { runStaffCommand } = await import("@/lib/staff/staff-cli");
    const result = await runStaffCommand(db, ["create", "--email", typed, "--role", "EDITOR"]);
    expect(result.ok).toBe(true);
    const password = /Password \(shown only now\): (\S+)/.exec(result.message)![1]!;
    expect(await signsIn(typed, password)).toBe("ok");
  });

  it.each(ADDRESSES)("invitation %j", async (typed) => {
    const { staffEmailSchema } = await import("@/lib/staff/staff-email");
    const { createInvite } = await import("@/lib/staff/create-invite");
    const { acceptInvite } = await import("@/lib/staff/accept-invite");
    const { staffSessionFor } = await import("../support/staff-session");
    const inviter = await db.staffUser.create({
      data: {
        email: "inviter@example.org",
        name: "Inviter",
        role: "ADMIN",
        passwordHash: "x",
        totpEnabledAt: new Date(),
        totpSecretEncrypted: "x",
      },
      select: { id: true },
    });
    const staff = await staffSessionFor(inviter.id);
    // As the invite action's wrapper runs it: one transaction, as a real staff session.
    const invite = await db.$transaction((tx) => createInvite({ staff, tx }, staffEmailSchema.parse(typed), "EDITOR"));
    expect(invite.status).toBe("ok");
    const password = "a long enough password";
    expect((await acceptInvite((invite as { token: string }).token, "Invited", password)).status).toBe("ok");
    expect(await signsIn(typed, password)).toBe("ok");
  });

  it("refuses to create a first admin that could not sign in", async () => {
    const { createFirstAdminIfNone } = await import("@/lib/staff/create-first-admin");
    await expect(createFirstAdminIfNone(db, "admin@127.0.0.1")).rejects.toThrow(/FIRST_ADMIN_EMAIL/);
    expect(await db.staffUser.count()).toBe(0);
  });

  it("the command line refuses an address sign-in would refuse", async () => {
    const { runStaffCommand } = await import("@/lib/staff/staff-cli");
    expect((await runStaffCommand(db, ["create", "--email", "admin@exa mple.org"])).ok).toBe(false);
    expect(await db.staffUser.count()).toBe(0);
  });
});
