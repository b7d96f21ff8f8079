/**
 * The public change history on a real PostgreSQL, through the admin actions staff use:
 * a save that changes a public fact needs a public note (else a field error and nothing
 * written), each changed public fact is recorded in the save's transaction with its old
 * and new value, and the history never shows an internal field, a staff member or a
 * hidden event.
 */
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type TestDatabase } from "../support/test-database";
import { createAppTestDatabase } from "../support/app-test-database";
import { requestState } from "../support/next-request-mocks";

vi.mock("next/headers", async () => (await import("../support/next-request-mocks")).headersModule);
vi.mock("next/navigation", async () => (await import("../support/next-request-mocks")).navigationModule);
vi.mock("next/cache", async () => (await import("../support/next-request-mocks")).cacheModule);

const APP_URL = "http://localhost:3000";
const EDITOR = { name: "Gülnarə Redaktorova", email: "gulnara.editor@history.test" };
type Result = { status: string; formError?: string; fieldErrors?: Record<string, string[]> };
type FormAction = (state: { status: "idle" }, form: FormData) => Promise<Result>;

let database: TestDatabase;
let db: typeof import("@/lib/db/client").db;
let actions: typeof import("@/app/admin/detainees/actions");
let editFields: typeof import("@/lib/detainees/detainee-edit-fields");
let historyRoute: typeof import("@/app/api/v1/detainees/[slug]/history/route");
let historyApi: typeof import("@/lib/api/public-history");
let editorId = "";
let sourceId = "";

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

const call = (action: unknown, fields: Record<string, string | string[]>) =>
  (action as FormAction)({ status: "idle" }, form(fields));
const press = (action: unknown, fields: Record<string, string>) =>
  (action as (form: FormData) => Promise<void>)(form(fields));

async function createDetainee(slug: string, published: boolean) {
  return db.detainee.create({
    data: {
      slug,
      displayName: `Person ${slug}`,
      status: "PRE_TRIAL_DETENTION",
      placeOfDetention: "Baku pre-trial detention centre",
      published,
    },
    select: { id: true },
  });
}

/** The edit form as the page fills it, with some fields changed. */
async function editForm(id: string, changes: Record<string, string>) {
  const row = await db.detainee.findUniqueOrThrow({ where: { id }, select: editFields.detaineeEditSelect });
  return { ...editFields.detaineeFormValues(row), id, version: String(row.version), ...changes };
}

async function apiHistory(slug: string, lang = "en") {
  const url = new URL(`/api/v1/detainees/${slug}/history?lang=${lang}`, APP_URL);
  const response = await historyRoute.GET(new NextRequest(url), { params: Promise.resolve({ slug }) });
  expect(response.status).toBe(200);
  const text = await response.text();
  return { text, body: historyApi.historyResponseSchema.parse(JSON.parse(text)) };
}

beforeAll(async () => {
  database = await createAppTestDatabase(APP_URL);
  ({ db } = await import("@/lib/db/client"));
  actions = await import("@/app/admin/detainees/actions");
  editFields = await import("@/lib/detainees/detainee-edit-fields");
  historyRoute = await import("@/app/api/v1/detainees/[slug]/history/route");
  historyApi = await import("@/lib/api/public-history");
  const { issueSessionToken, sessionCookieName } = await import("@/lib/auth/session-cookie");
  editorId = (
    await db.staffUser.create({
      data: {
        ...EDITOR,
        role: "EDITOR",
        passwordHash: "not-used",
        totpEnabledAt: new Date(),
        totpSecretEncrypted: "not-used",
      },
      select: { id: true },
    })
  ).id;
  requestState.headers = new Headers({ "sec-fetch-site": "same-origin", origin: APP_URL, host: "localhost:3000" });
  requestState.cookies.set(sessionCookieName(), await issueSessionToken(editorId));
  sourceId = (
    await db.source.create({
      data: { publisher: "Meydan TV", title: "Court extends detention", url: "https://example.org/report" },
      select: { id: true },
    })
  ).id;
}, 120_000);

afterAll(async () => {
  await (await import("@/lib/rate-limit/pg-pool")).rateLimitPool().end();
  await db?.$disconnect();
  await database?.drop();
});

describe("the public change history", () => {
  it("refuses a save that changes a public fact without a public note, field by field, and writes nothing", async () => {
    const { id } = await createDetainee("no-note", true);
    const audits = await db.auditLog.count();
    const result = await call(actions.updateDetaineeAction, await editForm(id, { sentence: "7 years" }));
    expect(result.status).toBe("invalid");
    expect(result.fieldErrors?.publicNote?.[0]).toMatch(/public note/);
    const row = await db.detainee.findUniqueOrThrow({ where: { id }, select: { sentence: true, version: true } });
    expect(row).toEqual({ sentence: null, version: 1 });
    expect(await db.publicChange.count({ where: { detaineeId: id } })).toBe(0);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("refuses a public note citing a source that does not exist, with a field error", async () => {
    const { id } = await createDetainee("bad-source", true);
    const result = await call(
      actions.updateDetaineeAction,
      await editForm(id, { sentence: "7 years", publicNote: "Sentenced.", publicNoteSourceId: "no-such-source" }),
    );
    expect(result.fieldErrors?.publicNoteSourceId).toBeDefined();
    expect(await db.publicChange.count({ where: { detaineeId: id } })).toBe(0);
  });

  it("records each changed public fact with its old and new value, kind, note and source, and no internal field", async () => {
    const { id } = await createDetainee("corrected", true);
    const result = await call(
      actions.updateDetaineeAction,
      await editForm(id, {
        status: "RELEASED",
        placeOfDetention: "Prison No. 12",
        photoCredit: "Internal credit line",
        photoLicence: "CC BY 4.0",
        publicNoteKind: "CORRECTION",
        publicNote: "The detention centre was wrong in our first report.",
        publicNoteSourceId: sourceId,
      }),
    );
    expect(result.status).toBe("ok");
    const { body, text } = await apiHistory("corrected");
    expect(body.data.changes.map((c) => c.field).sort()).toEqual(["placeOfDetention", "status"]);
    const place = body.data.changes.find((c) => c.field === "placeOfDetention")!;
    expect(place).toMatchObject({
      kind: "CORRECTION",
      label: "Place of detention",
      from: { type: "text", text: "Baku pre-trial detention centre" },
      to: { type: "text", text: "Prison No. 12" },
      note: "The detention centre was wrong in our first report.",
      source: { publisher: "Meydan TV", title: "Court extends detention", url: "https://example.org/report" },
    });
    expect(body.data.changes.find((c) => c.field === "status")).toMatchObject({
      from: { type: "status", status: "PRE_TRIAL_DETENTION" },
      to: { type: "status", status: "RELEASED" },
    });
    // Who saved, and fields readers never see, are nowhere in the answer.
    for (const secret of [EDITOR.name, EDITOR.email, editorId, "Internal credit line", "photoCredit", "CC BY 4.0"]) {
      expect(text).not.toContain(secret);
    }
    expect((await apiHistory("corrected", "ru")).body.data.changes.find((c) => c.field === "status")?.label).toBe(
      "Статус",
    );
  });

  it("records nothing, and asks for no note, while the profile is not published", async () => {
    const { id } = await createDetainee("draft", false);
    const result = await call(actions.updateDetaineeAction, await editForm(id, { sentence: "5 years" }));
    expect(result.status).toBe("ok");
    expect(await db.publicChange.count({ where: { detaineeId: id } })).toBe(0);
  });

  it("never shows a hidden event, and hiding a public event takes its history off the page", async () => {
    const { id } = await createDetainee("events", true);
    const event = {
      detaineeId: id,
      type: "HEARING",
      occurredOn: "2024-03-05",
      description: "",
      newSourcePublisher: "",
      newSourceTitle: "",
      newSourceUrl: "",
    };
    const hidden = await call(actions.addEventAction, {
      ...event,
      title: "Lawyer's private briefing",
      visibility: "HIDDEN",
    });
    expect(hidden.status).toBe("ok");
    const noNote = await call(actions.addEventAction, { ...event, title: "Appeal hearing", visibility: "PUBLIC" });
    expect(noNote.fieldErrors?.publicNote).toBeDefined();
    const added = await call(actions.addEventAction, {
      ...event,
      title: "Appeal hearing",
      visibility: "PUBLIC",
      sourceIds: [sourceId],
      publicNote: "Hearing reported by Meydan TV.",
    });
    expect(added.status).toBe("ok");
    let { body, text } = await apiHistory("events");
    expect(body.data.changes).toHaveLength(1);
    expect(body.data.changes[0]).toMatchObject({
      field: "event",
      from: null,
      to: { type: "event", title: "Appeal hearing", date: "2024-03-05", precision: "DAY" },
      source: { publisher: "Meydan TV" },
    });
    expect(text).not.toContain("private briefing");

    const appeal = await db.caseEvent.findFirstOrThrow({ where: { detaineeId: id, title: "Appeal hearing" } });
    await press(actions.setEventVisibilityAction, { id: appeal.id, visibility: "HIDDEN" });
    ({ body, text } = await apiHistory("events"));
    expect(body.data.changes).toEqual([]);
    expect(text).not.toContain("Appeal hearing");
  });

  it("asks a note for a new charge, and shows a charge removed as entered by mistake as a correction", async () => {
    const { id } = await createDetainee("charges", true);
    const charge = {
      detaineeId: id,
      description: "Hooliganism",
      article: "221.3",
      code: "",
      addedOn: "",
      droppedOn: "",
    };
    expect((await call(actions.addChargeAction, charge)).fieldErrors?.publicNote).toBeDefined();
    expect(await db.charge.count({ where: { detaineeId: id } })).toBe(0);
    expect((await call(actions.addChargeAction, { ...charge, publicNote: "Charge brought." })).status).toBe("ok");
    const row = await db.charge.findFirstOrThrow({ where: { detaineeId: id }, select: { id: true } });
    await press(actions.removeChargeAction, { id: row.id });
    const { body } = await apiHistory("charges");
    expect(body.data.changes.map((c) => [c.field, c.kind, c.from?.type ?? null, c.to?.type ?? null])).toEqual(
      expect.arrayContaining([
        ["charge", "UPDATE", null, "charge"],
        ["charge", "CORRECTION", "charge", null],
      ]),
    );
  });
});
