/**
 * A signature says what its owner confirmed (issue 11): someone who signs first with
 * an activist's address cannot make the activist's confirmation vouch for their name.
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
  getSignatureToConfirm: typeof import("@/lib/petition/get-signature-to-confirm").getSignatureToConfirm;
  processOutboxBatch: typeof import("@/lib/mail/outbox-worker").processOutboxBatch;
  pgPool: typeof import("@/lib/db/pg-pool").pgPool;
  LINKS_PER_HOUR: number;
};
let petitionId: string;
let ipCounter = 0;
const sent: { to: string; text: string }[] = [];
const capture = async (message: { to: string; subject: string; text: string }) => void sent.push(message);

async function sign(email: string, name: string, country: string, extra: Record<string, string> = {}) {
  const result = await m.signPetition(
    { name, email, country, consentVersion: "1", ...extra },
    { ip: `198.51.100.${++ipCounter}`, locale: "en" },
  );
  expect(result.status).toBe("accepted");
  while ((await m.processOutboxBatch(capture)) > 0) {}
}

const linksTo = (to: string) =>
  sent.filter((message) => message.to === to).map((message) => /confirm\/([\w-]+)/.exec(message.text)![1]!);

const stored = (name: string) =>
  m.db.signature.findMany({
    where: { petitionId, name },
    select: { name: true, country: true, status: true, showPublicly: true },
  });

beforeAll(async () => {
  database = await petitionTestEnv();
  process.env.APP_URL = "http://localhost:3999";
  m = {
    db: (await import("@/lib/db/client")).db,
    signPetition: (await import("@/lib/petition/sign-petition")).signPetition,
    confirmSignature: (await import("@/lib/petition/confirm-signature")).confirmSignature,
    getSignatureToConfirm: (await import("@/lib/petition/get-signature-to-confirm")).getSignatureToConfirm,
    processOutboxBatch: (await import("@/lib/mail/outbox-worker")).processOutboxBatch,
    pgPool: (await import("@/lib/db/pg-pool")).pgPool,
    LINKS_PER_HOUR: (await import("@/lib/petition/write-signatures")).LINKS_PER_HOUR,
  };
  petitionId = (await createOpenPetition(m.db)).id;
});

afterAll(async () => {
  await m?.pgPool().end();
  await m?.db.$disconnect();
  await database?.drop();
});

describe("an unconfirmed signature", () => {
  it("is replaced by its owner's later submission: their link confirms their own name, the first link dies", async () => {
    const activist = "activist@example.org";
    await sign(activist, "Planted Name", "RU", { showPublicly: "on" });
    const [plantedLink] = linksTo(activist);
    expect(await m.getSignatureToConfirm(plantedLink!)).toEqual({ name: "Planted Name", country: "RU" });

    // The activist signs later, from elsewhere, with their own details.
    await sign("Activist@Example.org", "Real Activist", "AZ");
    const links = linksTo("Activist@Example.org");
    expect(links).toHaveLength(1);
    // The confirmation page shows what the button would confirm.
    expect(await m.getSignatureToConfirm(links[0]!)).toEqual({ name: "Real Activist", country: "AZ" });
    expect(await m.getSignatureToConfirm(plantedLink!)).toBeNull();
    expect((await m.confirmSignature(plantedLink!)).status).toBe("invalid");
    expect((await m.confirmSignature(links[0]!)).status).toBe("confirmed");

    expect(await stored("Planted Name")).toEqual([]);
    expect(await stored("Real Activist")).toEqual([
      { name: "Real Activist", country: "AZ", status: "CONFIRMED", showPublicly: false },
    ]);
  });

  it("cannot flood a mailbox: a few fresh links an hour, then the stored one stands", async () => {
    const target = "flooded@example.org";
    for (let i = 0; i < m.LINKS_PER_HOUR + 3; i++) await sign(target, `Name ${i}`, "GB");
    expect(linksTo(target)).toHaveLength(m.LINKS_PER_HOUR);
    const last = linksTo(target).at(-1)!;
    expect(await m.getSignatureToConfirm(last)).toEqual({ name: `Name ${m.LINKS_PER_HOUR - 1}`, country: "GB" });
  });
});

describe("a confirmed signature", () => {
  it("is never changed by a new submission, which gets the same answer and no mail", async () => {
    const signer = "confirmed@example.org";
    await sign(signer, "Confirmed Signer", "AZ");
    expect((await m.confirmSignature(linksTo(signer)[0]!)).status).toBe("confirmed");
    await sign(signer, "Impostor", "US");
    expect(linksTo(signer)).toHaveLength(1);
    expect(await stored("Impostor")).toEqual([]);
    expect(await stored("Confirmed Signer")).toEqual([
      { name: "Confirmed Signer", country: "AZ", status: "CONFIRMED", showPublicly: false },
    ]);
  });
});
