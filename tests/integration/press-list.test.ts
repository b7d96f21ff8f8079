/**
 * The press list: double opt-in (a POST confirms), rate-limited, the address stored
 * encrypted; staff approve; an embargoed statement goes only to approved subscribers,
 * each in their language (English with a note where not translated), marked EMBARGOED
 * UNTIL in subject and text, with an unsubscribe link that deletes the subscriber; only
 * with a fresh second-factor code, and only before the release time.
 */
import crypto from "node:crypto";
import { generateSecret } from "otplib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type TestDatabase } from "../support/test-database";
import { createAppTestDatabase } from "../support/app-test-database";
import { requestState } from "../support/next-request-mocks";
import { authenticator } from "../support/totp";

vi.mock("next/headers", async () => (await import("../support/next-request-mocks")).headersModule);
vi.mock("next/navigation", async () => (await import("../support/next-request-mocks")).navigationModule);
vi.mock("next/cache", async () => (await import("../support/next-request-mocks")).cacheModule);
// The admin catalogue's text is not what these tests check.
vi.mock("@/lib/i18n/admin-translations", () => ({
  getAdminTranslations: async () => (key: string, values?: Record<string, unknown>) =>
    `${key} ${JSON.stringify(values ?? {})}`,
}));

const APP_URL = "http://localhost:3000";
type Result = { status: string; fieldErrors?: Record<string, string[]>; formError?: string };
type FormAction = (state: { status: "idle" }, form: FormData) => Promise<Result>;
type Mail = { to: string; subject: string; text: string };

let database: TestDatabase;
let db: typeof import("@/lib/db/client").db;
let press: typeof import("@/lib/press/press-actions");
let admin: typeof import("@/app/admin/press/actions");
let editorId = "";
let ipCounter = 0;

const sameOrigin = (ip = `198.51.100.${++ipCounter % 250}`) =>
  new Headers({ "sec-fetch-site": "same-origin", origin: APP_URL, host: "localhost:3000", "x-forwarded-for": ip });

function call(action: unknown, fields: Record<string, string>): Promise<Result> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return (action as FormAction)({ status: "idle" }, form);
}

/** A plain `<form action>` button (staffButtonAction): the page shows the outcome. */
async function clickButton(action: unknown, fields: Record<string, string>): Promise<void> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  await (action as (form: FormData) => Promise<void>)(form);
}

async function asEditor() {
  const cookie = await import("@/lib/auth/session-cookie");
  requestState.cookies.clear();
  requestState.headers = sameOrigin();
  requestState.cookies.set(cookie.sessionCookieName(), await cookie.issueSessionToken(editorId));
}

let code: () => string;

/** Sends what the outbox holds through a fake mail server and returns the messages. */
async function deliverOutbox(): Promise<Mail[]> {
  const { processOutboxBatch } = await import("@/lib/mail/outbox-worker");
  const sent: Mail[] = [];
  while ((await processOutboxBatch(async (message) => void sent.push(message), 50)) > 0);
  return sent;
}

async function subscribe(fields: Partial<Record<string, string>> = {}, ip?: string): Promise<Result> {
  requestState.cookies.clear();
  requestState.headers = sameOrigin(ip);
  return call(press.subscribeToPressAction, {
    name: "Aysel Journalist",
    outlet: "Meydan TV",
    email: "aysel@newsroom.example",
    language: "az",
    ...fields,
  });
}

/** Subscribes and confirms from the mailed link; returns the subscriber's id. */
async function confirmedSubscriber(email: string, language: string): Promise<string> {
  expect(await subscribe({ email, language })).toMatchObject({ status: "ok" });
  const mail = (await deliverOutbox()).find((m) => m.to === email)!;
  const token = /\/press\/confirm\/([\w-]+)/.exec(mail.text)![1]!;
  requestState.headers = sameOrigin();
  expect(await call(press.confirmPressSubscriptionAction, { token })).toMatchObject({ status: "ok" });
  const { pressEmailHashOf } = await import("@/lib/press/press-email-hash");
  return (await db.pressSubscriber.findUniqueOrThrow({ where: { emailHash: pressEmailHashOf(email) } })).id;
}

beforeAll(async () => {
  database = await createAppTestDatabase(APP_URL);
  process.env.SIGNATURE_PEPPER = crypto.randomBytes(32).toString("base64url");
  process.env.TRUST_PROXY_HOPS = "1";
  ({ db } = await import("@/lib/db/client"));
  press = await import("@/lib/press/press-actions");
  admin = await import("@/app/admin/press/actions");
  const { encryptToText } = await import("@/lib/crypto/encryption");
  const secret = generateSecret();
  code = authenticator(secret).freshCode;
  editorId = (
    await db.staffUser.create({
      data: {
        email: "editor@press.test",
        name: "Editor",
        role: "EDITOR",
        passwordHash: "not-used",
        totpEnabledAt: new Date(),
        totpSecretEncrypted: encryptToText(secret),
      },
      select: { id: true },
    })
  ).id;
});

afterAll(async () => {
  const { closeDatabasePools } = await import("@/lib/db/close-database-pools");
  await closeDatabasePools();
  const { rateLimitPool } = await import("@/lib/rate-limit/pg-pool");
  await rateLimitPool().end();
  await db?.$disconnect();
  await database?.drop();
});

describe("subscribing", () => {
  it("refuses bad input field by field and writes nothing", async () => {
    const result = await subscribe({ name: "", outlet: "=HYPERLINK()", email: "not-an-address", language: "fr" });
    expect(result.status).toBe("invalid");
    expect(result.fieldErrors, JSON.stringify(result.fieldErrors)).toMatchObject({
      name: expect.arrayContaining(["nameRequired"]),
      outlet: ["outletInvalid"],
      email: ["emailInvalid"],
      language: ["languageInvalid"],
    });
    expect(await db.pressSubscriber.count()).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("stores the address encrypted, mails a link, and confirms only by the POST with that link's token", async () => {
    expect(await subscribe({ email: "Leyla@Outlet.example" })).toMatchObject({ status: "ok" });
    const row = await db.pressSubscriber.findFirstOrThrow({ select: { id: true, status: true, emailEncrypted: true } });
    expect(row.status).toBe("PENDING");
    expect(Buffer.from(row.emailEncrypted).toString("latin1")).not.toContain("Leyla@Outlet.example");
    const outbox = await db.emailOutbox.findFirstOrThrow({ select: { to: true, payload: true } });
    expect(JSON.stringify(outbox)).not.toContain("Outlet.example");

    const [mail] = await deliverOutbox();
    expect(mail!.to).toBe("Leyla@Outlet.example");
    expect(mail!.subject).toBe("Mətbuat siyahısına abunəliyinizi təsdiqləyin");
    const token = /\/az\/press\/confirm\/([\w-]+)/.exec(mail!.text)![1]!;

    requestState.headers = sameOrigin();
    expect(await call(press.confirmPressSubscriptionAction, { token: "x".repeat(43) })).toMatchObject({
      status: "error",
    });
    expect(await call(press.confirmPressSubscriptionAction, { token })).toMatchObject({ status: "ok" });
    expect((await db.pressSubscriber.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("CONFIRMED");
    // The link works once.
    expect(await call(press.confirmPressSubscriptionAction, { token })).toMatchObject({ status: "error" });
    // Another site cannot confirm for someone.
    requestState.headers = new Headers({ origin: "https://evil.example", host: "localhost:3000" });
    expect(await call(press.confirmPressSubscriptionAction, { token })).toMatchObject({ formError: "forbidden" });
  });

  it("answers the same for an address already on the list, and mails it nothing", async () => {
    expect(await subscribe({ email: "Leyla@Outlet.example" })).toMatchObject({ status: "ok" });
    expect(await deliverOutbox()).toEqual([]);
  });

  it("limits how often one mailbox can be sent a link", async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push((await subscribe({ email: "flooded@victim.example" })).status);
    expect(results).toEqual(["ok", "ok", "ok", "error"]);
    expect((await deliverOutbox()).filter((m) => m.to === "flooded@victim.example")).toHaveLength(3);
  });

  it("expires an unconfirmed link after 7 days", async () => {
    const { confirmPressSubscription } = await import("@/lib/press/confirm-press-subscription");
    expect(await subscribe({ email: "late@outlet.example" })).toMatchObject({ status: "ok" });
    const mail = (await deliverOutbox()).find((m) => m.to === "late@outlet.example")!;
    const token = /\/press\/confirm\/([\w-]+)/.exec(mail.text)![1]!;
    expect(await confirmPressSubscription(token, new Date(Date.now() + 8 * 86_400_000))).toBe("invalid");
  });
});

describe("approval and embargoed sends", () => {
  const release = new Date(Date.now() + 3 * 3_600_000);
  let statementId = "";
  const ids = { az: "", ru: "", en: "", waiting: "" };

  beforeAll(async () => {
    await db.pressSubscriber.deleteMany();
    await deliverOutbox();
    ids.az = await confirmedSubscriber("az@outlet.example", "az");
    ids.ru = await confirmedSubscriber("ru@outlet.example", "ru");
    ids.en = await confirmedSubscriber("en@outlet.example", "en");
    ids.waiting = await confirmedSubscriber("waiting@outlet.example", "en");
    // Subscribed and never confirmed: never approved, never mailed.
    expect(await subscribe({ email: "unconfirmed@outlet.example", language: "en" })).toMatchObject({ status: "ok" });
    await deliverOutbox();
    statementId = (
      await db.statement.create({
        data: {
          slug: "embargoed-release",
          title: "Release them now",
          body: "The full text.",
          status: "SCHEDULED",
          publishAt: release,
          translations: { az: { title: "İndi azad edin", body: "Tam mətn." } },
        },
        select: { id: true },
      })
    ).id;
  });

  it("approves only confirmed subscribers, with an audit row that holds no address", async () => {
    await asEditor();
    const { pressEmailHashOf } = await import("@/lib/press/press-email-hash");
    const unconfirmed = await db.pressSubscriber.findUniqueOrThrow({
      where: { emailHash: pressEmailHashOf("unconfirmed@outlet.example") },
    });
    await clickButton(admin.approvePressSubscriberAction, { id: unconfirmed.id });
    expect((await db.pressSubscriber.findUniqueOrThrow({ where: { id: unconfirmed.id } })).status).toBe("PENDING");
    for (const id of [ids.az, ids.ru, ids.en]) await clickButton(admin.approvePressSubscriberAction, { id });
    expect(await db.pressSubscriber.count({ where: { status: "APPROVED" } })).toBe(3);
    const audit = await db.auditLog.findMany({ where: { entityType: "PressSubscriber" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["approve", editorId],
      ["approve", editorId],
      ["approve", editorId],
    ]);
    expect(JSON.stringify(audit)).not.toContain("outlet.example");
  });

  it("refuses to send without a fresh code, and sends nothing", async () => {
    await asEditor();
    const result = await call(admin.sendEmbargoedStatementAction, { statementId, code: "000000" });
    expect(result.status).toBe("invalid");
    expect(result.fieldErrors?.code?.length).toBeGreaterThan(0);
    expect(await db.emailOutbox.count({ where: { template: "press-embargo" } })).toBe(0);
  });

  it("sends to approved subscribers only, each in their language, marked EMBARGOED UNTIL the release time", async () => {
    await asEditor();
    expect(await call(admin.sendEmbargoedStatementAction, { statementId, code: code() })).toMatchObject({
      status: "ok",
    });
    const mails = await deliverOutbox();
    expect(mails.map((m) => m.to).sort()).toEqual(["az@outlet.example", "en@outlet.example", "ru@outlet.example"]);
    const when = `${release.toISOString().slice(0, 16).replace("T", " ")} UTC`;
    for (const mail of mails) {
      expect(mail.subject.startsWith(`EMBARGOED UNTIL ${when}`), mail.subject).toBe(true);
      expect(mail.text.startsWith(`EMBARGOED UNTIL ${when}`)).toBe(true);
    }
    const byTo = Object.fromEntries(mails.map((m) => [m.to, m]));
    expect(byTo["az@outlet.example"]!.subject).toContain("İndi azad edin");
    expect(byTo["az@outlet.example"]!.text).toContain("Tam mətn.");
    expect(byTo["az@outlet.example"]!.text).toContain(`${APP_URL}/az/statements/embargoed-release`);
    // No Russian translation: the English text, and a note in Russian that says so.
    expect(byTo["ru@outlet.example"]!.subject).toContain("Release them now");
    expect(byTo["ru@outlet.example"]!.text).toContain("Этого заявления пока нет на вашем языке");
    expect(byTo["en@outlet.example"]!.text).not.toContain("not available in your language");
    const mailing = await db.pressMailing.findFirstOrThrow({ select: { recipients: true, sentById: true } });
    expect(mailing).toEqual({ recipients: 3, sentById: editorId });
    expect(await db.auditLog.count({ where: { action: "send-embargoed", entityId: statementId } })).toBe(1);

    // The unsubscribe link in the mail deletes the subscriber (by its POST), address and all.
    const link = /\/ru\/press\/unsubscribe\/([\w.-]+)/.exec(byTo["ru@outlet.example"]!.text)![1]!;
    requestState.headers = sameOrigin();
    expect(await call(press.unsubscribeFromPressAction, { token: `${ids.en}.forged` })).toMatchObject({
      status: "error",
    });
    expect(await db.pressSubscriber.count({ where: { id: ids.en } })).toBe(1);
    expect(await call(press.unsubscribeFromPressAction, { token: link })).toMatchObject({ status: "ok" });
    expect(await db.pressSubscriber.count({ where: { id: ids.ru } })).toBe(0);
  });

  it("refuses a statement that is already public", async () => {
    const published = await db.statement.create({
      data: { slug: "already-out", title: "Out", body: "B", status: "PUBLISHED", publishedAt: new Date() },
      select: { id: true },
    });
    await asEditor();
    const result = await call(admin.sendEmbargoedStatementAction, { statementId: published.id, code: code() });
    expect(result).toMatchObject({ status: "invalid", formError: expect.stringContaining("scheduled") });
    expect(await db.pressMailing.count()).toBe(1);
  });
});
