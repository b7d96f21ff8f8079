/** Signers' rights and the privacy schedule on a real PostgreSQL. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { petitionTestEnv } from "../support/petition-env";
import { createOpenPetition } from "../support/petition-fixture";
import type { TestDatabase } from "../support/test-database";

let database: TestDatabase;
let m: {
  db: typeof import("@/lib/db/client").db;
  signPetition: typeof import("@/lib/petition/sign-petition").signPetition;
  requestSignerLink: typeof import("@/lib/petition/request-signer-link").requestSignerLink;
  fulfilSignerRequest: typeof import("@/lib/petition/fulfil-signer-request").fulfilSignerRequest;
  runTally: typeof import("@/lib/petition/run-tally").runTally;
  runPetitionMaintenance: typeof import("@/lib/petition/run-petition-maintenance").runPetitionMaintenance;
  processOutboxBatch: typeof import("@/lib/mail/outbox-worker").processOutboxBatch;
  pgPool: typeof import("@/lib/db/pg-pool").pgPool;
};
let petitionId: string;
const sent: { to: string; text: string }[] = [];
const capture = async (message: { to: string; subject: string; text: string }) => void sent.push(message);
/** The token of the latest "see or erase my signature" link mailed to `to` (other mail to them is passed over). */
const latestLinkTo = (to: string) =>
  sent
    .filter((message) => message.to === to)
    .map((message) => /\/my-signature\/([\w-]+)/.exec(message.text)?.[1])
    .filter((token) => token !== undefined)
    .at(-1);

/**
 * Sends what the outbox holds until a new link has gone to `to`, and returns its token.
 * Mail leaves through the outbox, never at once: wait for it rather than assume it.
 */
async function linkMailedTo(to: string): Promise<string> {
  const before = latestLinkTo(to);
  for (let round = 0; round < 100; round++) {
    while ((await m.processOutboxBatch(capture)) > 0) {}
    const latest = latestLinkTo(to);
    if (latest !== undefined && latest !== before) return latest;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const { rows } = await m
    .pgPool()
    .query(`SELECT "template", "status", "attempts", "lastError", "nextAttemptAt" FROM "EmailOutbox"`);
  throw new Error(
    `no link mailed to ${to} within 5 s; mail sent to: ${sent.map((message) => message.to).join(", ")}; outbox: ${JSON.stringify(rows)}`,
  );
}

beforeAll(async () => {
  database = await petitionTestEnv();
  m = {
    db: (await import("@/lib/db/client")).db,
    signPetition: (await import("@/lib/petition/sign-petition")).signPetition,
    requestSignerLink: (await import("@/lib/petition/request-signer-link")).requestSignerLink,
    fulfilSignerRequest: (await import("@/lib/petition/fulfil-signer-request")).fulfilSignerRequest,
    runTally: (await import("@/lib/petition/run-tally")).runTally,
    runPetitionMaintenance: (await import("@/lib/petition/run-petition-maintenance")).runPetitionMaintenance,
    processOutboxBatch: (await import("@/lib/mail/outbox-worker")).processOutboxBatch,
    pgPool: (await import("@/lib/db/pg-pool")).pgPool,
  };
  petitionId = (await createOpenPetition(m.db)).id;
  for (const [i, email] of ["a@example.org", "b@example.org", "c@example.org"].entries()) {
    const signed = await m.signPetition(
      { name: `Signer ${i}`, email, country: "AZ", consentVersion: "1", contactOptIn: "on" },
      { ip: `192.0.2.${i}`, locale: "en" },
    );
    expect(signed.status).toBe("accepted");
  }
  await m.db.signature.updateMany({ data: { status: "CONFIRMED", confirmedAt: new Date() } });
  expect(await m.db.signature.count()).toBe(3);
  await m.runTally();
});

afterAll(async () => {
  await m?.pgPool().end();
  await m?.db.$disconnect();
  await database?.drop();
});

describe("signer rights", () => {
  it("shows a signer their data through a single-use emailed link", async () => {
    expect(
      await m.requestSignerLink({ email: "A@Example.org", kind: "ACCESS" }, { ip: "192.0.2.50", locale: "en" }),
    ).toEqual({ status: "sent" });
    const link = await linkMailedTo("A@Example.org");
    const outcome = await m.fulfilSignerRequest(link);
    expect(outcome).toMatchObject({
      status: "access",
      signature: {
        name: "Signer 0",
        country: "AZ",
        status: "CONFIRMED",
        contactOptIn: true,
        consentVersion: 1,
        consentLocale: "en",
      },
    });
    expect(await m.fulfilSignerRequest(link)).toEqual({ status: "invalid" });
  });

  it("answers the same for an address that never signed", async () => {
    expect(
      await m.requestSignerLink({ email: "nobody@example.org", kind: "ERASE" }, { ip: "192.0.2.51", locale: "en" }),
    ).toEqual({ status: "sent" });
    expect(await m.fulfilSignerRequest(await linkMailedTo("nobody@example.org"))).toEqual({
      status: "erased",
      found: false,
    });
  });

  it("erases a signature and takes it out of the public count at once", async () => {
    expect(
      await m.requestSignerLink({ email: "b@example.org", kind: "ERASE" }, { ip: "192.0.2.52", locale: "en" }),
    ).toEqual({ status: "sent" });
    expect(await m.fulfilSignerRequest(await linkMailedTo("b@example.org"))).toEqual({
      status: "erased",
      found: true,
    });
    expect(await m.db.signature.count({ where: { name: "Signer 1" } })).toBe(0);
    const tally = await m.db.petitionTally.aggregate({ where: { petitionId }, _sum: { count: true } });
    expect(tally._sum.count).toBe(2);
  });
});

describe("signer-link limits", () => {
  it("sends one mailbox only a few links an hour, however many addresses ask", async () => {
    const { LIMITS } = await import("@/lib/petition/rate-limits");
    const outcomes: string[] = [];
    // A botnet or fresh Tor circuits: a new client address for every request.
    for (let i = 0; i < LIMITS.recipient.soft + 3; i++)
      outcomes.push(
        (
          await m.requestSignerLink(
            { email: i % 2 ? "Target.Person@example.org" : "target.person@EXAMPLE.org", kind: "ACCESS" },
            { ip: `198.18.0.${i}`, locale: "en" },
          )
        ).status,
      );
    expect(outcomes).toEqual([...Array(LIMITS.recipient.soft).fill("sent"), ...Array(3).fill("rate-limited")]);
    // Another mailbox, from the same addresses, is not affected.
    expect(
      await m.requestSignerLink({ email: "other@example.org", kind: "ACCESS" }, { ip: "198.18.0.1", locale: "en" }),
    ).toEqual({ status: "sent" });
  });
});

describe("privacy schedule", () => {
  it("deletes IP hashes after the retention period", async () => {
    await m.db.signature.updateMany({
      where: { name: "Signer 0" },
      data: { createdAt: new Date(Date.now() - 30 * 86_400_000) },
    });
    const result = await m.runPetitionMaintenance();
    expect(result?.ipHashesDeleted).toBe(1);
    expect(await m.db.signature.count({ where: { ipHash: null } })).toBe(1);
  });

  it("anonymises signers after the petition has been closed long enough, keeping the count", async () => {
    await m.db.petition.update({
      where: { id: petitionId },
      data: { status: "CLOSED", closedAt: new Date(Date.now() - 181 * 86_400_000) },
    });
    const result = await m.runPetitionMaintenance();
    expect(result?.petitionsAnonymised).toBe(1);
    const rows = await m.db.signature.findMany({
      where: { petitionId },
      select: { name: true, emailEncrypted: true, ipHash: true, emailDomainHash: true, anonymisedAt: true },
    });
    expect(rows.length).toBe(2);
    for (const row of rows)
      expect(row).toMatchObject({ name: "", emailEncrypted: null, ipHash: null, emailDomainHash: null });
    await m.runTally();
    const tally = await m.db.petitionTally.aggregate({ where: { petitionId }, _sum: { count: true } });
    expect(tally._sum.count).toBe(2);
  });
});
