/** Staff library functions on a real PostgreSQL: export, bulk invalidation with preview, open/close, goal. */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { petitionTestEnv } from "../support/petition-env";
import type { TestDatabase } from "../support/test-database";

let database: TestDatabase;
let mod: {
  db: typeof import("@/lib/db/client").db;
  exportCsv: typeof import("@/lib/petition/export-confirmed-signatures-csv").exportConfirmedSignaturesCsv;
  preview: typeof import("@/lib/petition/preview-invalidation").previewInvalidation;
  invalidate: typeof import("@/lib/petition/invalidate-signatures").invalidateSignatures;
  setStatus: typeof import("@/lib/petition/set-petition-status").setPetitionStatus;
  setGoal: typeof import("@/lib/petition/set-petition-goal").setPetitionGoal;
  domainHashOf: typeof import("@/lib/petition/keyed-hash").domainHashOf;
  approve: typeof import("@/lib/petition/approve-suspect-signatures").approveSuspectSignatures;
};
type StaffSession = import("@/lib/auth/session").StaffSession;
type StaffContext = import("@/lib/actions/staff-action").StaffContext;
let petitionId: string;
let staff: StaffSession;

/** A write as the wrapper runs it: in one transaction, as a real staff session. */
function asStaff<T>(write: (context: StaffContext) => Promise<T>): Promise<T> {
  return mod.db.$transaction((tx) => write({ staff, tx }));
}

async function addSignature(data: {
  name: string;
  country: string;
  status?: "PENDING" | "CONFIRMED";
  suspect?: boolean;
  domain?: string;
}) {
  return mod.db.signature.create({
    data: {
      petitionId,
      emailHash: new Uint8Array(randomBytes(32)),
      emailDomainHash: mod.domainHashOf(data.domain ?? "example.org"),
      name: data.name,
      country: data.country,
      consentVersion: 1,
      status: data.status ?? "CONFIRMED",
      confirmedAt: data.status === "PENDING" ? null : new Date(),
      suspect: data.suspect ?? false,
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  database = await petitionTestEnv();
  mod = {
    db: (await import("@/lib/db/client")).db,
    exportCsv: (await import("@/lib/petition/export-confirmed-signatures-csv")).exportConfirmedSignaturesCsv,
    preview: (await import("@/lib/petition/preview-invalidation")).previewInvalidation,
    invalidate: (await import("@/lib/petition/invalidate-signatures")).invalidateSignatures,
    setStatus: (await import("@/lib/petition/set-petition-status")).setPetitionStatus,
    setGoal: (await import("@/lib/petition/set-petition-goal")).setPetitionGoal,
    domainHashOf: (await import("@/lib/petition/keyed-hash")).domainHashOf,
    approve: (await import("@/lib/petition/approve-suspect-signatures")).approveSuspectSignatures,
  };
  const petition = await mod.db.petition.create({
    data: { slug: "p", title: "Free them", body: "Release them.", status: "OPEN" },
    select: { id: true },
  });
  petitionId = petition.id;
  const user = await mod.db.staffUser.create({
    data: {
      email: "editor@petition.test",
      name: "Editor",
      role: "EDITOR",
      passwordHash: "not-used",
      totpEnabledAt: new Date(),
      totpSecretEncrypted: "not-used",
    },
    select: { id: true },
  });
  staff = await (await import("../support/staff-session")).staffSessionFor(user.id);
  await addSignature({ name: "Ali Veli", country: "AZ" });
  await addSignature({ name: '=HYPERLINK("http://evil")', country: "GB" });
  await addSignature({ name: "Pending Person", country: "AZ", status: "PENDING" });
  await addSignature({ name: "Suspect Person", country: "RU", suspect: true });
  await addSignature({ name: "Bot One", country: "US", domain: "spam.example" });
  await addSignature({ name: "Bot Two", country: "US", domain: "spam.example" });
});

afterAll(async () => {
  await mod?.db.$disconnect();
  await database?.drop();
});

async function readAll(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

describe("petition staff functions", () => {
  it("refuse a staff session that requireStaff did not issue", async () => {
    const forged = { id: "x", email: "x@example.org", name: "X", role: "ADMIN" } as unknown as StaffSession;
    await expect(mod.preview(forged, { petitionId })).rejects.toThrow(/Refused/);
    await expect(mod.exportCsv(forged, { petitionId })).rejects.toThrow(/Refused/);
    await expect(mod.exportCsv({ ...staff }, { petitionId })).rejects.toThrow(/Refused/);
  });

  it("export confirmed, non-suspect signatures with formulas neutralised and no emails", async () => {
    const csv = await readAll(await mod.exportCsv(staff, { petitionId }));
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe("name,country,confirmed_at");
    expect(lines).toHaveLength(1 + 4);
    expect(csv).toContain("Ali Veli,AZ,");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")",GB,`);
    expect(csv).not.toContain("Pending Person");
    expect(csv).not.toContain("Suspect Person");
  });

  it("preview the count a bulk invalidation will change, then invalidate exactly those", async () => {
    const filter = { petitionId, emailDomain: "spam.example" };
    expect(await mod.preview(staff, filter)).toEqual({ count: 2 });
    await expect(
      asStaff((context) => mod.invalidate(context, { filter, reason: "bot flood", expectedCount: 3 })),
    ).rejects.toThrow(/Preview again/);
    expect(await mod.preview(staff, filter)).toEqual({ count: 2 });
    expect(
      await asStaff((context) => mod.invalidate(context, { filter, reason: "bot flood", expectedCount: 2 })),
    ).toEqual({ invalidated: 2 });
    expect(await mod.preview(staff, filter)).toEqual({ count: 0 });
    const csv = await readAll(await mod.exportCsv(staff, { petitionId }));
    expect(csv).not.toContain("Bot One");
  });

  it("approve reviewed suspect signatures so they can be exported and counted", async () => {
    const filter = { petitionId, country: "RU" };
    expect(await mod.preview(staff, { ...filter, suspect: true })).toEqual({ count: 1 });
    expect(await asStaff((context) => mod.approve(context, { filter, expectedCount: 1 }))).toEqual({ approved: 1 });
    const csv = await readAll(await mod.exportCsv(staff, { petitionId }));
    expect(csv).toContain("Suspect Person,RU,");
  });

  it("open, close and set the goal", async () => {
    const closed = await asStaff((context) => mod.setStatus(context, { petitionId, status: "CLOSED" }));
    expect(closed.status).toBe("CLOSED");
    expect(closed.closedAt).toBeInstanceOf(Date);
    const opened = await asStaff((context) => mod.setStatus(context, { petitionId, status: "OPEN" }));
    expect(opened.closedAt).toBeNull();
    expect(await asStaff((context) => mod.setGoal(context, { petitionId, goal: 25000 }))).toEqual({
      id: petitionId,
      goal: 25000,
    });
    await expect(asStaff((context) => mod.setGoal(context, { petitionId, goal: -1 }))).rejects.toThrow();
  });
});
