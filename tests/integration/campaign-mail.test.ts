/**
 * Campaign mail (issue 13 items 1, 2): release alerts and updates go only to confirmed,
 * unsuspected signers who asked to be contacted, each in the language they signed in,
 * through a real SMTP connection; only staff with a fresh authenticator code send;
 * unsubscribing (a POST) deletes the stored address; a mailbox the server refuses for
 * good (5xx at RCPT) gets nothing more, and the suppression list holds no address.
 */
import crypto from "node:crypto";
import { generateSecret } from "otplib";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAppTestDatabase } from "../support/app-test-database";
import { RedirectSignal, requestState } from "../support/next-request-mocks";
import { createOpenPetition } from "../support/petition-fixture";
import type { TestDatabase } from "../support/test-database";
import { authenticator } from "../support/totp";

vi.mock("next/headers", async () => (await import("../support/next-request-mocks")).headersModule);
vi.mock("next/navigation", async () => (await import("../support/next-request-mocks")).navigationModule);
vi.mock("next/cache", async () => (await import("../support/next-request-mocks")).cacheModule);

const APP_URL = "http://localhost:3000";
type Result = { status: string; fieldErrors?: Record<string, string[]> };
type FormAction = (state: { status: "idle" }, form: FormData) => Promise<Result>;
type Received = { to: string[]; raw: string };

let database: TestDatabase;
let db: typeof import("@/lib/db/client").db;
let actions: typeof import("@/app/admin/petition/updates/actions");
let outbox: typeof import("@/lib/mail/outbox-worker");
let route: typeof import("@/app/api/petition/unsubscribe/[token]/route");
let tokens: typeof import("@/lib/campaign-mail/unsubscribe-token");
let emailKey: (address: string) => Uint8Array<ArrayBuffer>;
let cookieFor: (userId: string) => Promise<string>;
let sessionCookieName: string;
let smtp: SMTPServer;
const received: Received[] = [];
let petitionId = "";
const editor = { id: "", secret: "" };
// A second staff member: codes are single-use, and one user has only three valid ones at a time.
const editor2 = { id: "", secret: "" };
const authenticators = new Map<string, ReturnType<typeof authenticator>>();

// Who signed, and what each should get.
const signers = {
  azSigner: { locale: "az", status: "CONFIRMED", optIn: true, gets: true },
  ruSigner: { locale: "ru", status: "CONFIRMED", optIn: true, gets: true },
  noOptIn: { locale: "en", status: "CONFIRMED", optIn: false, gets: false },
  pending: { locale: "en", status: "PENDING", optIn: true, gets: false },
  invalidated: { locale: "en", status: "INVALIDATED", optIn: true, gets: false },
  suspect: { locale: "en", status: "CONFIRMED", optIn: true, gets: false, suspect: true },
  suppressed: { locale: "en", status: "CONFIRMED", optIn: true, gets: false },
  leavesMeanwhile: { locale: "en", status: "CONFIRMED", optIn: true, gets: false },
  bounces: { locale: "en", status: "CONFIRMED", optIn: true, gets: false },
} as const;
type Who = keyof typeof signers;
const addressOf = (who: Who) => `${who.toLowerCase()}@mail.example.org`;
const ids = {} as Record<Who, string>;

function call(action: unknown, fields: Record<string, string>): Promise<Result> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return (action as FormAction)({ status: "idle" }, form);
}

/** Runs an action that ends on another page; returns that page. */
async function redirected(action: unknown, fields: Record<string, string>): Promise<string> {
  const error = await call(action, fields).then(
    (result) => new Error(`no redirect: ${JSON.stringify(result)}`),
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof RedirectSignal)) throw error;
  return error.url;
}

async function signIn(userId: string | null) {
  requestState.cookies.clear();
  requestState.headers = new Headers({ "sec-fetch-site": "same-origin", origin: APP_URL, host: "localhost:3000" });
  if (userId) requestState.cookies.set(sessionCookieName, await cookieFor(userId));
}

/** A code from the user's authenticator, from a window not typed for them yet. */
const freshCode = (user = editor) => authenticators.get(user.id)!.freshCode();

const content = (tag: string) => ({
  subject_en: `Update ${tag}`,
  body_en: `English news for signers (${tag}). https://example.org/news`,
  subject_az: `Yenilik ${tag}`,
  body_az: `İmzalayanlar üçün azərbaycanca xəbər (${tag}).`,
  subject_ru: `Новость ${tag}`,
  body_ru: `Новость для подписавших на русском (${tag}).`,
});

async function draft(tag: string): Promise<{ id: string; version: string }> {
  const url = await redirected(actions.createCampaignMessageAction, { kind: "UPDATE", ...content(tag) });
  const id = url.split("/").pop()!;
  return { id, version: "1" };
}

/** Sends everything due now through the real SMTP connection, however the rows were paced. */
async function deliverAll() {
  await db.emailOutbox.updateMany({ where: { status: "PENDING" }, data: { nextAttemptAt: new Date(0) } });
  while ((await outbox.processOutboxBatch()) > 0) {
    /* until the outbox has nothing due */
  }
}

const header = (raw: string, name: string) =>
  new RegExp(`^${name}: (.*)$`, "mi").exec(raw.replace(/\r\n[ \t]+/g, " "))?.[1]?.trim();

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("bounces@")) {
        return callback(Object.assign(new Error("5.1.1 Mailbox does not exist"), { responseCode: 550 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const port = (smtp.server.address() as { port: number }).port;

  database = await createAppTestDatabase(APP_URL);
  Object.assign(process.env, {
    SIGNATURE_PEPPER: crypto.randomBytes(32).toString("base64url"),
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    CAMPAIGN_MAIL_PER_MINUTE: "60",
  });
  ({ db } = await import("@/lib/db/client"));
  actions = await import("@/app/admin/petition/updates/actions");
  outbox = await import("@/lib/mail/outbox-worker");
  route = await import("@/app/api/petition/unsubscribe/[token]/route");
  tokens = await import("@/lib/campaign-mail/unsubscribe-token");
  const { emailHashOf } = await import("@/lib/petition/keyed-hash");
  const { normaliseEmail } = await import("@/lib/petition/normalise-email");
  emailKey = (address) => emailHashOf(normaliseEmail(address).address);
  const { encrypt, encryptToText } = await import("@/lib/crypto/encryption");
  const cookie = await import("@/lib/auth/session-cookie");
  cookieFor = (userId) => cookie.issueSessionToken(userId);
  sessionCookieName = cookie.sessionCookieName();

  for (const [user, email] of [
    [editor, "editor@campaign-mail.test"],
    [editor2, "editor2@campaign-mail.test"],
  ] as const) {
    user.secret = generateSecret();
    user.id = (
      await db.staffUser.create({
        data: {
          email,
          name: "Editor",
          role: "EDITOR",
          passwordHash: "not-used",
          totpEnabledAt: new Date(),
          totpSecretEncrypted: encryptToText(user.secret),
        },
        select: { id: true },
      })
    ).id;
    authenticators.set(user.id, authenticator(user.secret));
  }
  petitionId = (await createOpenPetition(db)).id;
  for (const [who, s] of Object.entries(signers) as [Who, (typeof signers)[Who]][]) {
    const row = await db.signature.create({
      data: {
        petitionId,
        emailHash: emailKey(addressOf(who)),
        // Every row holds an address, so the opt-in itself is what keeps "noOptIn" out.
        emailEncrypted: new Uint8Array(encrypt(addressOf(who))),
        contactOptIn: s.optIn,
        name: who,
        country: "AZ",
        consentVersion: 1,
        locale: s.locale,
        status: s.status,
        suspect: "suspect" in s,
        confirmedAt: s.status === "CONFIRMED" ? new Date() : null,
      },
      select: { id: true },
    });
    ids[who] = row.id;
  }
  await db.mailSuppression.create({ data: { addressHash: emailKey(addressOf("suppressed")), reason: "bounce" } });
});

afterAll(async () => {
  await outbox?.stopOutboxWorker();
  await (await import("@/lib/db/pg-pool")).pgPool().end();
  await (await import("@/lib/rate-limit/pg-pool")).rateLimitPool().end();
  await db?.$disconnect();
  await database?.drop();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

describe("campaign mail", () => {
  it("is sent only by signed-in staff who type a fresh authenticator code; anything else queues nothing", async () => {
    await signIn(editor.id);
    const message = await draft("code");
    for (const typed of ["", "12345", "000000"]) {
      const result = await call(actions.sendCampaignMessageAction, { ...message, code: typed });
      expect(result.status, typed).toBe("invalid");
      expect(result.fieldErrors?.code?.[0]).toMatch(/wrong or was used already/);
    }
    await signIn(null);
    await expect(call(actions.sendCampaignMessageAction, { ...message, code: freshCode() })).rejects.toThrow();
    expect(await db.emailOutbox.count()).toBe(0);
    expect(await db.campaignMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
      status: "DRAFT",
      sentAt: null,
    });
  });

  it("refuses a message missing a language, or with a subject that would break the mail's headers, field by field", async () => {
    await signIn(editor.id);
    const before = await db.campaignMessage.count();
    const result = await call(actions.createCampaignMessageAction, {
      kind: "UPDATE",
      ...content("bad"),
      subject_az: "",
      subject_ru: "Новость\r\nBcc: everyone@example.org",
    });
    expect(result.status).toBe("invalid");
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["subject_az", "subject_ru"]);
    expect(result.fieldErrors?.subject_ru?.[0]).toBe("A subject is one line.");
    expect(await db.campaignMessage.count()).toBe(before);
  });

  it("sends only the version staff previewed: an edit meanwhile refuses the send", async () => {
    await signIn(editor2.id);
    const message = await draft("edited");
    await redirected(actions.updateCampaignMessageAction, { ...message, ...content("edited again") });
    const result = await call(actions.sendCampaignMessageAction, { ...message, code: freshCode(editor2) });
    expect(result.status).toBe("invalid");
    expect(JSON.stringify(result)).toMatch(/changed or sent this message meanwhile/);
    expect(await db.emailOutbox.count()).toBe(0);
    expect((await db.campaignMessage.findUniqueOrThrow({ where: { id: message.id } })).status).toBe("DRAFT");
  });

  it("reaches only confirmed, unsuspected, opted-in and unsuppressed signers, in their language, paced, once", async () => {
    await signIn(editor.id);
    const message = await draft("news");
    const page = await redirected(actions.sendCampaignMessageAction, { ...message, code: freshCode() });
    // azSigner, ruSigner, leavesMeanwhile and bounces qualify when staff press send.
    expect(page).toBe(`/admin/petition/updates/${message.id}?sent=4`);
    const rows = await db.emailOutbox.findMany({ orderBy: { nextAttemptAt: "asc" } });
    expect(rows).toHaveLength(4);
    // No address waits in the outbox: each row names a signature.
    expect(rows.every((row) => row.to === null)).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/mail\.example\.org/);
    // 60 a minute: one a second.
    const gaps = rows.slice(1).map((row, i) => row.nextAttemptAt.getTime() - rows[i]!.nextAttemptAt.getTime());
    expect(gaps).toEqual([1000, 1000, 1000]);
    // Pressing again sends nothing more.
    const again = await call(actions.sendCampaignMessageAction, { ...message, code: freshCode() });
    expect(again.status).toBe("invalid");
    expect(await db.emailOutbox.count()).toBe(4);

    // One signer unsubscribes before their mail leaves.
    const token = tokens.unsubscribeTokenFor(ids.leavesMeanwhile);
    const response = await route.POST(
      new Request(`${APP_URL}/api/petition/unsubscribe/${token}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
      { params: Promise.resolve({ token }) },
    );
    expect(response.status).toBe(200);

    await deliverAll();
    const to = received.flatMap((mail) => mail.to).sort();
    expect(to).toEqual([addressOf("azSigner"), addressOf("ruSigner")]);
    for (const who of Object.keys(signers) as Who[]) {
      expect(to.includes(addressOf(who)), who).toBe(signers[who].gets);
    }
    const az = received.find((mail) => mail.to.includes(addressOf("azSigner")))!;
    const ru = received.find((mail) => mail.to.includes(addressOf("ruSigner")))!;
    const { simpleParser } = await import("mailparser");
    expect((await simpleParser(az.raw)).subject).toBe("Yenilik news");
    expect((await simpleParser(ru.raw)).subject).toBe("Новость news");
    expect((await simpleParser(ru.raw)).text).toContain(`${APP_URL}/ru/petition/unsubscribe/`);
    // RFC 8058: a mail client may offer "unsubscribe" itself, by a POST to this URL.
    const azToken = tokens.unsubscribeTokenFor(ids.azSigner);
    expect(header(az.raw, "List-Unsubscribe")).toBe(`<${APP_URL}/api/petition/unsubscribe/${azToken}>`);
    expect(header(az.raw, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect((await simpleParser(az.raw)).text).toContain(`${APP_URL}/az/petition/unsubscribe/${azToken}`);
    // Every row is done: sent, dropped (nobody to send to) or given up (the bounce).
    expect(await db.emailOutbox.count({ where: { status: { in: ["PENDING", "SENDING"] } } })).toBe(0);
  });

  it("unsubscribing deletes the stored address, by POST only; the signature still counts", async () => {
    const before = await db.signature.findUniqueOrThrow({ where: { id: ids.azSigner } });
    expect(before.emailEncrypted).not.toBeNull();
    // There is no GET: opening the link (as a mail scanner does) cannot unsubscribe.
    expect("GET" in route).toBe(false);
    const token = tokens.unsubscribeTokenFor(ids.azSigner);
    // The landing page's button: a form post, back to the page in the signer's language.
    const response = await route.POST(
      new Request(`${APP_URL}/api/petition/unsubscribe/${token}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "locale=az",
      }),
      { params: Promise.resolve({ token }) },
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/az/petition/unsubscribe/${token}?result=done`);
    const after = await db.signature.findUniqueOrThrow({ where: { id: ids.azSigner } });
    expect(after).toMatchObject({ emailEncrypted: null, contactOptIn: false, status: "CONFIRMED" });
    for (const who of ["leavesMeanwhile", "azSigner"] as const) {
      const raw = await db.$queryRaw<{ email: Buffer | null }[]>`
        SELECT "emailEncrypted" AS email FROM "Signature" WHERE "id" = ${ids[who]}`;
      expect(raw[0]!.email, who).toBeNull();
    }
    // A forged token changes nothing.
    const forged = `${ids.ruSigner}.AAAAAAAAAAAAAAAAAAAAAA`;
    const refused = await route.POST(
      new Request(`${APP_URL}/api/petition/unsubscribe/${forged}`, {
        method: "POST",
        body: "List-Unsubscribe=One-Click",
      }),
      { params: Promise.resolve({ token: forged }) },
    );
    expect(refused.status).toBe(400);
    expect((await db.signature.findUniqueOrThrow({ where: { id: ids.ruSigner } })).emailEncrypted).not.toBeNull();
  });

  it("a mailbox the server refused for good (550 at RCPT) is suppressed by keyed hash, and gets no further mail", async () => {
    const suppressions = await db.mailSuppression.findMany();
    expect(suppressions.map((row) => Buffer.from(row.addressHash).toString("hex")).sort()).toEqual(
      [emailKey(addressOf("bounces")), emailKey(addressOf("suppressed"))]
        .map((k) => Buffer.from(k).toString("hex"))
        .sort(),
    );
    expect(JSON.stringify(suppressions)).not.toMatch(/bounces|mail\.example\.org/);
    const failed = await db.emailOutbox.findFirstOrThrow({ where: { status: "FAILED" } });
    expect(failed).toMatchObject({ attempts: 1, to: null });
    expect(failed.lastError).toContain("550");

    // The next message leaves the bounced address out from the start.
    received.length = 0;
    await signIn(editor2.id);
    const message = await draft("later");
    const page = await redirected(actions.sendCampaignMessageAction, { ...message, code: freshCode(editor2) });
    expect(page).toBe(`/admin/petition/updates/${message.id}?sent=1`);
    await deliverAll();
    expect(received.flatMap((mail) => mail.to)).toEqual([addressOf("ruSigner")]);
  });
});
