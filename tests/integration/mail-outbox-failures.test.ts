/**
 * Mail that cannot be delivered: what the outbox keeps of the failure names no one,
 * and rows given up on are purged by the privacy schedule after a week.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { petitionTestEnv } from "../support/petition-env";
import { createOpenPetition } from "../support/petition-fixture";
import type { TestDatabase } from "../support/test-database";

let database: TestDatabase;
let m: {
  db: typeof import("@/lib/db/client").db;
  signPetition: typeof import("@/lib/petition/sign-petition").signPetition;
  processOutboxBatch: typeof import("@/lib/mail/outbox-worker").processOutboxBatch;
  runPetitionMaintenance: typeof import("@/lib/petition/run-petition-maintenance").runPetitionMaintenance;
  pgPool: typeof import("@/lib/db/pg-pool").pgPool;
};

beforeAll(async () => {
  database = await petitionTestEnv();
  process.env.APP_URL = "http://localhost:3999";
  m = {
    db: (await import("@/lib/db/client")).db,
    signPetition: (await import("@/lib/petition/sign-petition")).signPetition,
    processOutboxBatch: (await import("@/lib/mail/outbox-worker")).processOutboxBatch,
    runPetitionMaintenance: (await import("@/lib/petition/run-petition-maintenance")).runPetitionMaintenance,
    pgPool: (await import("@/lib/db/pg-pool")).pgPool,
  };
  await createOpenPetition(m.db);
});

afterAll(async () => {
  await m?.pgPool().end();
  await m?.db.$disconnect();
  await database?.drop();
});

// What a real SMTP server answers for an address it cannot take now, as nodemailer
// reports it (a 5xx refusal is final: tests/integration/campaign-mail.test.ts).
const refuse = async (message: { to: string }) => {
  throw Object.assign(
    new Error(`Can't send mail - all recipients were rejected: 450 4.2.1 <${message.to}>: Mailbox busy, try later`),
    { code: "EENVELOPE", responseCode: 450, command: `RCPT TO:<${message.to}>` },
  );
};

describe("undeliverable mail", () => {
  it("stores the server's refusal without the recipient's address, then purges the row a week after giving up", async () => {
    const email = "refused.signer@example.org";
    await m.signPetition(
      { name: "Refused Signer", email, country: "AZ", consentVersion: "1" },
      {
        ip: "198.51.100.9",
        locale: "en",
      },
    );
    await m.processOutboxBatch(refuse);
    const retried = await m.db.emailOutbox.findFirstOrThrow({ select: { id: true, status: true, lastError: true } });
    expect(retried.status).toBe("PENDING");
    expect(retried.lastError).toContain("450");
    expect(retried.lastError).not.toMatch(/refused\.signer|example\.org/i);

    // The last attempt: the row is given up on.
    await m.db.emailOutbox.update({ where: { id: retried.id }, data: { attempts: 12, nextAttemptAt: new Date(0) } });
    await m.processOutboxBatch(refuse);
    const failed = await m.db.emailOutbox.findUniqueOrThrow({ where: { id: retried.id } });
    expect(failed).toMatchObject({ status: "FAILED", to: null });
    expect(JSON.stringify(failed)).not.toMatch(/refused\.signer|example\.org/i);

    // Kept while recent (staff can see the mail server failed), gone after a week.
    await m.runPetitionMaintenance();
    expect(await m.db.emailOutbox.count({ where: { id: retried.id } })).toBe(1);
    await m.db.emailOutbox.update({
      where: { id: retried.id },
      data: { nextAttemptAt: new Date(Date.now() - 8 * 86_400_000) },
    });
    const result = await m.runPetitionMaintenance();
    expect(result?.failedMailRowsDeleted).toBe(1);
    expect(await m.db.emailOutbox.count({ where: { id: retried.id } })).toBe(0);
  });
});
