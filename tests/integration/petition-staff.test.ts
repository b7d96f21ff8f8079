/**
 * Staff library functions on a real PostgreSQL: export, bulk invalidation with preview
 * and its undo, open/close, goal. Signer data and bulk changes are for admins only;
 * editors keep the goal and the review of suspects.
 */
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
  undo: typeof import("@/lib/petition/undo-invalidation").undoInvalidation;
  runTally: typeof import("@/lib/petition/run-tally").runTally;
  getCount: typeof import("@/lib/petition/get-petition-count").getPetitionCount;
};
type StaffSession = import("@/lib/auth/session").StaffSession;
type StaffContext = import("@/lib/actions/staff-action").StaffContext;
let petitionId: string;
let staff: StaffSession;
let admin: StaffSession;

/** A write as the wrapper runs it: in one transaction, as a real staff session (an editor unless told). */
function asStaff<T>(write: (context: StaffContext) => Promise<T>, who: StaffSession = staff): Promise<T> {
  return mod.db.$transaction((tx) => write({ staff: who, tx }));
}
const asAdmin = <T>(write: (context: StaffContext) => Promise<T>) => asStaff(write, admin);

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
    undo: (await import("@/lib/petition/undo-invalidation")).undoInvalidation,
    runTally: (await import("@/lib/petition/run-tally")).runTally,
    getCount: (await import("@/lib/petition/get-petition-count")).getPetitionCount,
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
  const adminUser = await mod.db.staffUser.create({
    data: {
      email: "admin@petition.test",
      name: "Admin",
      role: "ADMIN",
      passwordHash: "not-used",
      totpEnabledAt: new Date(),
      totpSecretEncrypted: "not-used",
    },
    select: { id: true },
  });
  admin = await (await import("../support/staff-session")).staffSessionFor(adminUser.id);
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

  it("refuse an editor the dangerous ones: export, bulk invalidation, its undo, open/close", async () => {
    const before = await mod.db.signature.groupBy({ by: ["status"], _count: true, orderBy: { status: "asc" } });
    const notFound = /NEXT_HTTP_ERROR_FALLBACK;404/;
    await expect(mod.exportCsv(staff, { petitionId })).rejects.toThrow(notFound);
    await expect(
      asStaff((c) => mod.invalidate(c, { filter: { petitionId }, reason: "editor", expectedCount: 6 })),
    ).rejects.toThrow(notFound);
    await expect(asStaff((c) => mod.undo(c, { auditId: "any" }))).rejects.toThrow(notFound);
    await expect(asStaff((c) => mod.setStatus(c, { petitionId, status: "CLOSED" }))).rejects.toThrow(notFound);
    expect(await mod.db.signature.groupBy({ by: ["status"], _count: true, orderBy: { status: "asc" } })).toEqual(
      before,
    );
    expect(
      (await mod.db.petition.findUniqueOrThrow({ where: { id: petitionId }, select: { status: true } })).status,
    ).toBe("OPEN");
  });

  it("export confirmed, non-suspect signatures with formulas neutralised and no emails", async () => {
    const csv = await readAll(await mod.exportCsv(admin, { petitionId }));
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
      asAdmin((context) => mod.invalidate(context, { filter, reason: "bot flood", expectedCount: 3 })),
    ).rejects.toThrow(/Preview again/);
    expect(await mod.preview(staff, filter)).toEqual({ count: 2 });
    expect(
      await asAdmin((context) => mod.invalidate(context, { filter, reason: "bot flood", expectedCount: 2 })),
    ).toEqual({ invalidated: 2 });
    expect(await mod.preview(staff, filter)).toEqual({ count: 0 });
    const csv = await readAll(await mod.exportCsv(admin, { petitionId }));
    expect(csv).not.toContain("Bot One");
  });

  it("approve reviewed suspect signatures so they can be exported and counted", async () => {
    const filter = { petitionId, country: "RU" };
    expect(await mod.preview(staff, { ...filter, suspect: true })).toEqual({ count: 1 });
    expect(await asStaff((context) => mod.approve(context, { filter, expectedCount: 1 }))).toEqual({ approved: 1 });
    const csv = await readAll(await mod.exportCsv(admin, { petitionId }));
    expect(csv).toContain("Suspect Person,RU,");
  });

  it("open, close and set the goal", async () => {
    const closed = await asAdmin((context) => mod.setStatus(context, { petitionId, status: "CLOSED" }));
    expect(closed.status).toBe("CLOSED");
    expect(closed.closedAt).toBeInstanceOf(Date);
    const opened = await asAdmin((context) => mod.setStatus(context, { petitionId, status: "OPEN" }));
    expect(opened.closedAt).toBeNull();
    expect(await asStaff((context) => mod.setGoal(context, { petitionId, goal: 25000 }))).toEqual({
      id: petitionId,
      goal: 25000,
    });
    await expect(asStaff((context) => mod.setGoal(context, { petitionId, goal: -1 }))).rejects.toThrow();
  });

  it("undo a bulk invalidation: exactly the signatures it marked come back, and the count with them", async () => {
    const names = ["Undo A", "Undo B", "Undo C"];
    for (const name of names) await addSignature({ name, country: "FR", domain: "undo.example" });
    await addSignature({ name: "Undo Pending", country: "FR", domain: "undo.example", status: "PENDING" });
    // Invalidated earlier by another decision: must stay invalidated.
    const other = await addSignature({ name: "Undo Other", country: "FR", domain: "undo.example" });
    await mod.db.signature.update({ where: { id: other.id }, data: { status: "INVALIDATED" } });
    await mod.runTally();
    const countBefore = (await mod.getCount(petitionId)).total;

    const filter = { petitionId, emailDomain: "undo.example" };
    await asAdmin((c) => mod.invalidate(c, { filter, reason: "looked like a burst", expectedCount: 4 }));
    await mod.runTally();
    expect((await mod.getCount(petitionId)).total).toBe(countBefore - 3);

    const entry = await mod.db.auditLog.findFirstOrThrow({
      where: { action: "invalidate-signatures", entityId: petitionId },
      orderBy: { at: "desc" },
      select: { id: true },
    });
    expect(await asAdmin((c) => mod.undo(c, { auditId: entry.id }))).toEqual({ restored: 4, petitionId });
    await mod.runTally();
    expect((await mod.getCount(petitionId)).total).toBe(countBefore);
    const rows = await mod.db.signature.findMany({
      where: { name: { startsWith: "Undo" } },
      select: { name: true, status: true, invalidReason: true },
      orderBy: { name: "asc" },
    });
    expect(rows).toEqual([
      { name: "Undo A", status: "CONFIRMED", invalidReason: null },
      { name: "Undo B", status: "CONFIRMED", invalidReason: null },
      { name: "Undo C", status: "CONFIRMED", invalidReason: null },
      { name: "Undo Other", status: "INVALIDATED", invalidReason: null },
      { name: "Undo Pending", status: "PENDING", invalidReason: null },
    ]);
    // Audited, and only once.
    expect(await mod.db.auditLog.count({ where: { action: "undo-invalidate-signatures", actorId: admin.id } })).toBe(1);
    await expect(asAdmin((c) => mod.undo(c, { auditId: entry.id }))).rejects.toThrow(/undone already/);
  });

  it('publish a country\'s count only from 10 up: below that, "fewer than 10"', async () => {
    await mod.db.petitionTally.deleteMany({ where: { petitionId } });
    await mod.db.petitionTally.createMany({
      data: [
        { petitionId, country: "AZ", count: 10 },
        { petitionId, country: "GE", count: 9 },
        { petitionId, country: "TR", count: 1 },
      ],
    });
    expect(await mod.getCount(petitionId)).toEqual({
      total: 20,
      byCountry: [
        { country: "AZ", count: 10 },
        { country: "GE", fewerThan: 10 },
        { country: "TR", fewerThan: 10 },
      ],
    });
  });
});
