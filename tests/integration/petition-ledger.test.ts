/**
 * Receipts, the public ledger and the supporters list on a real PostgreSQL: the
 * ledger's size is the public count through invalidation and erasure, it never holds
 * anything about a person, and the list shows only who asked and may be shown.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { petitionTestEnv } from "../support/petition-env";
import { createOpenPetition } from "../support/petition-fixture";
import type { TestDatabase } from "../support/test-database";

let database: TestDatabase;
let m: {
  db: typeof import("@/lib/db/client").db;
  signPetition: typeof import("@/lib/petition/sign-petition").signPetition;
  confirmSignature: typeof import("@/lib/petition/confirm-signature").confirmSignature;
  runTally: typeof import("@/lib/petition/run-tally").runTally;
  getCount: typeof import("@/lib/petition/get-petition-count").getPetitionCount;
  processOutboxBatch: typeof import("@/lib/mail/outbox-worker").processOutboxBatch;
  requestSignerLink: typeof import("@/lib/petition/request-signer-link").requestSignerLink;
  fulfilSignerRequest: typeof import("@/lib/petition/fulfil-signer-request").fulfilSignerRequest;
  invalidate: typeof import("@/lib/petition/invalidate-signatures").invalidateSignatures;
  approve: typeof import("@/lib/petition/approve-suspect-signatures").approveSuspectSignatures;
  setSupporterHidden: typeof import("@/lib/petition/set-supporter-hidden").setSupporterHidden;
  listPublicSupporters: typeof import("@/lib/petition/list-public-supporters").listPublicSupporters;
  getPublicLedger: typeof import("@/lib/ledger/get-public-ledger").getPublicLedger;
  findReceipt: typeof import("@/lib/ledger/find-receipt").findReceipt;
  verifyLedger: typeof import("@/lib/ledger/verify-ledger").verifyLedger;
  commitmentOf: typeof import("@/lib/ledger/receipt").commitmentOf;
  rootFromPath: typeof import("@/lib/ledger/merkle").rootFromPath;
  pgPool: typeof import("@/lib/db/pg-pool").pgPool;
};
type StaffSession = import("@/lib/auth/session").StaffSession;
type StaffContext = import("@/lib/actions/staff-action").StaffContext;
let admin: StaffSession;
let petitionId: string;
const sent: { to: string; subject: string; text: string }[] = [];
const capture = async (message: { to: string; subject: string; text: string }) => void sent.push(message);
const flushMail = async () => {
  while ((await m.processOutboxBatch(capture)) > 0) {}
};
const lastMailTo = (to: string, pattern: RegExp) =>
  pattern.exec(sent.filter((message) => message.to === to).at(-1)?.text ?? "")?.[1];
let ip = 0;
const asAdmin = <T>(write: (context: StaffContext) => Promise<T>) =>
  m.db.$transaction((tx) => write({ staff: admin, tx }));

beforeAll(async () => {
  database = await petitionTestEnv();
  process.env.APP_URL = "http://localhost:3999";
  m = {
    db: (await import("@/lib/db/client")).db,
    signPetition: (await import("@/lib/petition/sign-petition")).signPetition,
    confirmSignature: (await import("@/lib/petition/confirm-signature")).confirmSignature,
    runTally: (await import("@/lib/petition/run-tally")).runTally,
    getCount: (await import("@/lib/petition/get-petition-count")).getPetitionCount,
    processOutboxBatch: (await import("@/lib/mail/outbox-worker")).processOutboxBatch,
    requestSignerLink: (await import("@/lib/petition/request-signer-link")).requestSignerLink,
    fulfilSignerRequest: (await import("@/lib/petition/fulfil-signer-request")).fulfilSignerRequest,
    invalidate: (await import("@/lib/petition/invalidate-signatures")).invalidateSignatures,
    approve: (await import("@/lib/petition/approve-suspect-signatures")).approveSuspectSignatures,
    setSupporterHidden: (await import("@/lib/petition/set-supporter-hidden")).setSupporterHidden,
    listPublicSupporters: (await import("@/lib/petition/list-public-supporters")).listPublicSupporters,
    getPublicLedger: (await import("@/lib/ledger/get-public-ledger")).getPublicLedger,
    findReceipt: (await import("@/lib/ledger/find-receipt")).findReceipt,
    verifyLedger: (await import("@/lib/ledger/verify-ledger")).verifyLedger,
    commitmentOf: (await import("@/lib/ledger/receipt")).commitmentOf,
    rootFromPath: (await import("@/lib/ledger/merkle")).rootFromPath,
    pgPool: (await import("@/lib/db/pg-pool")).pgPool,
  };
  petitionId = (await createOpenPetition(m.db)).id;
  const user = await m.db.staffUser.create({
    data: {
      email: "admin@ledger.test",
      name: "Admin",
      role: "ADMIN",
      passwordHash: "not-used",
      totpEnabledAt: new Date(),
      totpSecretEncrypted: "not-used",
    },
    select: { id: true },
  });
  admin = await (await import("../support/staff-session")).staffSessionFor(user.id);
});

afterAll(async () => {
  await m?.pgPool().end();
  await m?.db.$disconnect();
  await database?.drop();
});

/** Signs through the real path, confirms with the mailed link, returns the receipt. */
async function signAndConfirm(email: string, name: string, extra: Record<string, string> = {}) {
  const outcome = await m.signPetition(
    { name, email, country: "AZ", consentVersion: "1", ...extra },
    { ip: `203.0.113.${++ip}`, locale: "en" },
  );
  expect(outcome).toEqual({ status: "accepted" });
  await flushMail();
  const token = lastMailTo(email, /\/petition\/confirm\/([\w-]+)/)!;
  const confirmed = await m.confirmSignature(token);
  if (confirmed.status !== "confirmed") throw new Error(`not confirmed: ${confirmed.status}`);
  return confirmed.receipt;
}

async function publishedLedger() {
  const result = (await m.getPublicLedger())!;
  return { ...result, problems: m.verifyLedger(result.ledger, new Map(result.days.map((d) => [d.date, d]))) };
}

const receipts = new Map<string, string>();

describe("receipts", () => {
  it("are given at confirmation, mailed only to a signer who asked to be contacted, and stored only as a commitment", async () => {
    const withContact = await signAndConfirm("ada@example.org", "Ada Contact", {
      contactOptIn: "on",
      showPublicly: "on",
    });
    const withoutContact = await signAndConfirm("bo@example.org", "Bo Quiet");
    receipts.set("ada", withContact).set("bo", withoutContact);
    expect(withContact).toMatch(/^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/);
    await flushMail();
    const receiptMail = sent.filter((message) => message.subject.includes("receipt"));
    expect(receiptMail.map((message) => message.to)).toEqual(["ada@example.org"]);
    expect(receiptMail[0]!.text).toContain(withContact);
    expect(receiptMail[0]!.text).toContain("http://localhost:3999/petition/verify");

    const rows = await m.db.signature.findMany({ where: { petitionId }, orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => Buffer.from(row.receiptCommitment!).toString("hex"))).toEqual([
      m.commitmentOf(withContact).toString("hex"),
      m.commitmentOf(withoutContact).toString("hex"),
    ]);
    // Nowhere in the database in readable form: not in the signatures, not in the sent mail.
    const dump = await m.pgPool().query(`SELECT row_to_json(s)::text AS j FROM "Signature" s
      UNION ALL SELECT row_to_json(o)::text FROM "EmailOutbox" o UNION ALL SELECT row_to_json(l)::text FROM "LedgerEntry" l`);
    for (const receipt of [withContact, withoutContact])
      for (const form of [receipt, receipt.replace(/-/g, "")])
        expect(dump.rows.map((row: { j: string }) => row.j).join("\n")).not.toContain(form);
  });
});

describe("the ledger", () => {
  it("holds exactly the counted signatures: its size equals the public count after tally, invalidation and erasure", async () => {
    for (const [key, email] of [
      ["cy", "cy@example.org"],
      ["di", "di@bad.example"],
      ["ed", "ed@example.org"],
    ] as const)
      receipts.set(key, await signAndConfirm(email, `Signer ${key}`));
    // Before the tally, nothing is counted and nothing is in the ledger.
    expect((await publishedLedger()).ledger).toMatchObject({ size: 0, count: 0 });
    await m.runTally();
    let { ledger, problems } = await publishedLedger();
    expect(problems).toEqual([]);
    expect(ledger).toMatchObject({ size: 5, count: 5 });

    await asAdmin((c) =>
      m.invalidate(c, { filter: { petitionId, emailDomain: "bad.example" }, reason: "test", expectedCount: 1 }),
    );
    await m.runTally();
    ({ ledger, problems } = await publishedLedger());
    expect(problems).toEqual([]);
    expect(ledger).toMatchObject({ size: 4, count: 4 });
    expect(ledger.days.at(-1)).toMatchObject({ removedCount: 1 });

    await m.requestSignerLink({ email: "ed@example.org", kind: "ERASE" }, { ip: "198.51.100.7", locale: "en" });
    await flushMail();
    expect(await m.fulfilSignerRequest(lastMailTo("ed@example.org", /\/my-signature\/([\w-]+)/)!)).toEqual({
      status: "erased",
      found: true,
    });
    ({ ledger, problems } = await publishedLedger());
    expect(problems).toEqual([]);
    expect(ledger).toMatchObject({ size: 3, count: 3 });
    expect(ledger.days.at(-1)).toMatchObject({ removedCount: 2 });
    expect((await m.getCount(petitionId)).total).toBe(3);
  });

  it("lets a signer find their receipt, with a path to the day's published root, and shows corrections", async () => {
    const { days } = await publishedLedger();
    const found = await m.findReceipt(receipts.get("bo")!.toLowerCase());
    expect(found).toMatchObject({ status: "found", removedOn: null });
    if (found.status !== "found") return;
    const day = days.find((d) => d.date === found.date)!;
    expect(found.addedRoot).toBe(day.addedRoot);
    expect(m.rootFromPath(Buffer.from(found.commitment, "hex"), found.path).toString("hex")).toBe(day.addedRoot);
    expect(await m.findReceipt(receipts.get("di")!)).toMatchObject({ status: "found", removedOn: day.date });
    expect(await m.findReceipt(receipts.get("ed")!)).toMatchObject({ status: "found", removedOn: day.date });
    expect(await m.findReceipt("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")).toMatchObject({ status: "absent" });
    expect(await m.findReceipt("not a receipt")).toEqual({ status: "invalid" });
  });

  it("never contains a name, an email, an IP hash or a signature id", async () => {
    const { ledger, days } = await publishedLedger();
    const published = JSON.stringify({ ledger, days });
    const rows = await m.db.signature.findMany({
      where: { petitionId },
      select: { id: true, name: true, emailHash: true, emailDomainHash: true, ipHash: true, emailEncrypted: true },
    });
    expect(rows.length).toBeGreaterThan(0);
    const forbidden = [
      "ada@example.org",
      "bo@example.org",
      "example.org",
      ...rows.flatMap((row) => [
        row.id,
        row.name,
        ...[row.emailHash, row.emailDomainHash, row.ipHash, row.emailEncrypted]
          .filter((value): value is Uint8Array<ArrayBuffer> => value !== null)
          .flatMap((value) => [
            Buffer.from(value).toString("hex"),
            Buffer.from(value).toString("base64"),
            Buffer.from(value).toString("base64url"),
          ]),
      ]),
    ];
    for (const value of forbidden) expect(published, value).not.toContain(value);
    // Only hashes, counts, dates and the scheme's name: every string is one of those.
    const strings = published.match(/"(?:[^"\\]|\\.)*"/g)!.map((s) => JSON.parse(s) as string);
    for (const value of strings)
      expect(value).toMatch(
        /^([0-9a-f]{64}|\d{4}-\d{2}-\d{2}|free-voices-ledger\/1|ledger|scheme|size|count|head|days|date|addedCount|removedCount|addedRoot|removedRoot|previous|chainedRoot|added|removed)$/,
      );
  });

  it("leaves suspect signatures out until staff approve them", async () => {
    await signAndConfirm("fe@example.org", "Fe Suspect");
    await m.db.signature.updateMany({ where: { name: "Fe Suspect" }, data: { suspect: true } });
    await m.runTally();
    expect((await publishedLedger()).ledger).toMatchObject({ size: 3, count: 3 });
    await asAdmin((c) => m.approve(c, { filter: { petitionId, country: "AZ" }, expectedCount: 1 }));
    await m.runTally();
    const { ledger, problems } = await publishedLedger();
    expect(problems).toEqual([]);
    expect(ledger).toMatchObject({ size: 4, count: 4 });
  });
});

describe("the public supporters list", () => {
  it("shows only signers who opted in, confirmed, are not suspect and not hidden; staff hiding is audited", async () => {
    await signAndConfirm("gu@example.org", "Gu Public", { showPublicly: "on" });
    await signAndConfirm("ha@example.org", "Ha Suspect Public", { showPublicly: "on" });
    await m.db.signature.updateMany({ where: { name: "Ha Suspect Public" }, data: { suspect: true } });
    await m.signPetition(
      { name: "Io Unconfirmed", email: "io@example.org", country: "AZ", consentVersion: "1", showPublicly: "on" },
      { ip: "203.0.113.200", locale: "en" },
    );
    const names = async () => (await m.listPublicSupporters(petitionId, 1)).supporters.map((s) => s.name);
    // Newest first; Bo, Cy and the others did not opt in; Di (invalidated) never did either.
    expect(await names()).toEqual(["Gu Public", "Ada Contact"]);
    const list = await m.listPublicSupporters(petitionId, 1);
    expect(list.supporters[0]).toEqual({
      name: "Gu Public",
      country: "AZ",
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });

    const gu = await m.db.signature.findFirstOrThrow({ where: { name: "Gu Public" }, select: { id: true } });
    await asAdmin((c) => m.setSupporterHidden(c, { id: gu.id, hidden: true }));
    expect(await names()).toEqual(["Ada Contact"]);
    expect(await m.db.auditLog.count({ where: { action: "hide-supporter", entityId: gu.id, actorId: admin.id } })).toBe(
      1,
    );
    await asAdmin((c) => m.setSupporterHidden(c, { id: gu.id, hidden: false }));
    expect(await names()).toEqual(["Gu Public", "Ada Contact"]);
  });

  it("loses a name when its signer asks, through the emailed link, and the signature still counts", async () => {
    await m.runTally();
    const before = (await m.getCount(petitionId)).total;
    await m.requestSignerLink({ email: "ada@example.org", kind: "HIDE_NAME" }, { ip: "198.51.100.8", locale: "en" });
    await flushMail();
    expect(sent.filter((mail) => mail.to === "ada@example.org").at(-1)!.subject).toBe(
      "Confirm: remove your name from the public list",
    );
    expect(await m.fulfilSignerRequest(lastMailTo("ada@example.org", /\/my-signature\/([\w-]+)/)!)).toEqual({
      status: "nameHidden",
      found: true,
    });
    expect((await m.listPublicSupporters(petitionId, 1)).supporters.map((s) => s.name)).toEqual(["Gu Public"]);
    await m.runTally();
    expect((await m.getCount(petitionId)).total).toBe(before);
  });
});

describe("the ledger's days", () => {
  it("are built once when final, and still equal a full rebuild as the newest day grows", async () => {
    const { loadLedgerDays } = await import("@/lib/ledger/load-ledger-days");
    const { buildLedger } = await import("@/lib/ledger/ledger-scheme");
    const { listLedgerEntries } = await import("@/lib/ledger/list-ledger-entries");
    const other = "ledger-days-test";
    const add = (day: string, n: number, kind: "ADD" | "REMOVE" = "ADD") =>
      m.db.ledgerEntry.create({
        data: {
          petitionId: other,
          day: new Date(`${day}T00:00:00Z`),
          kind,
          commitment: new Uint8Array(m.commitmentOf(`${"A".repeat(31)}${n}`)),
        },
      });
    await add("2026-11-01", 2);
    await add("2026-11-01", 3);
    await add("2026-11-02", 4);
    expect(await loadLedgerDays(other)).toEqual(buildLedger(await listLedgerEntries(other)));
    await add("2026-11-02", 5);
    await add("2026-11-02", 2, "REMOVE");
    await add("2026-11-03", 6);
    const days = await loadLedgerDays(other);
    expect(days).toEqual(buildLedger(await listLedgerEntries(other)));
    expect(days.map((d) => [d.date, d.size])).toEqual([
      ["2026-11-01", 2],
      ["2026-11-02", 3],
      ["2026-11-03", 4],
    ]);
    expect(await loadLedgerDays(other)).toEqual(days);
  });
});
