/**
 * Translations as part of editing, on a real PostgreSQL: what staff type in az and ru is
 * stored and stamped in the same transaction; the queue lists a published text that is
 * missing or whose English changed since, and forgets it once translated or confirmed;
 * a status change writes its timeline event in three languages; bad input writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type TestDatabase } from "../support/test-database";
import { createAppTestDatabase } from "../support/app-test-database";
import { requestState } from "../support/next-request-mocks";
import { staffSessionFor } from "../support/staff-session";

vi.mock("next/headers", async () => (await import("../support/next-request-mocks")).headersModule);
vi.mock("next/navigation", async () => (await import("../support/next-request-mocks")).navigationModule);
vi.mock("next/cache", async () => (await import("../support/next-request-mocks")).cacheModule);

const APP_URL = "http://localhost:3000";
type Result = { status: string; fieldErrors?: Record<string, string[]>; formError?: string };
type FormAction = (state: { status: "idle" }, form: FormData) => Promise<Result>;

let database: TestDatabase;
let db: typeof import("@/lib/db/client").db;
let actions: typeof import("@/app/admin/detainees/actions");
let textActions: typeof import("@/app/admin/petition/texts/actions");
let listTranslationQueue: typeof import("@/lib/translations/list-translation-queue").listTranslationQueue;
let staffId = "";
let detaineeId = "";

const call = (action: unknown, fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return (action as FormAction)({ status: "idle" }, data);
};

const eventForm = (fields: Record<string, string>) => ({
  detaineeId,
  type: "HEARING",
  occurredOn: "2026-03-02",
  visibility: "PUBLIC",
  description: "",
  newSourcePublisher: "",
  newSourceTitle: "",
  newSourceUrl: "",
  // The profile is published: a change readers see carries its public note.
  publicNote: "Reported by the family.",
  ...fields,
});

// A browser posts every field of the profile form, empty ones included.
const profileForm = (fields: Record<string, string>) => ({
  publicNote: "Confirmed by the lawyer.",
  displayName: "Tr Person",
  slug: "tr-person",
  status: "RELEASED",
  statusCertainty: "KNOWN",
  statusConfirmedOn: "",
  arrestDate: "",
  occupation: "",
  placeOfDetention: "",
  sentence: "",
  bio: "",
  releaseDate: "",
  releaseType: "",
  photoCredit: "",
  photoLicence: "",
  photoSourceUrl: "",
  ...fields,
});

async function queue() {
  return listTranslationQueue(await staffSessionFor(staffId));
}
const rowsFor = (rows: { href: string; status: string }[], id: string) =>
  rows.filter((row) => row.href.includes(id)).map((row) => `${row.href.split("#")[1]}:${row.status}`);

beforeAll(async () => {
  database = await createAppTestDatabase(APP_URL);
  ({ db } = await import("@/lib/db/client"));
  actions = await import("@/app/admin/detainees/actions");
  textActions = await import("@/app/admin/petition/texts/actions");
  ({ listTranslationQueue } = await import("@/lib/translations/list-translation-queue"));
  const { issueSessionToken, sessionCookieName } = await import("@/lib/auth/session-cookie");
  staffId = (
    await db.staffUser.create({
      data: {
        email: "editor@translations.test",
        name: "Editor",
        role: "EDITOR",
        passwordHash: "not-used",
        totpEnabledAt: new Date(),
        totpSecretEncrypted: "not-used",
      },
      select: { id: true },
    })
  ).id;
  requestState.headers = new Headers({ "sec-fetch-site": "same-origin", origin: APP_URL, host: "localhost:3000" });
  requestState.cookies.set(sessionCookieName(), await issueSessionToken(staffId));
  detaineeId = (
    await db.detainee.create({
      data: { slug: "tr-person", displayName: "Tr Person", status: "PRE_TRIAL_DETENTION", published: true },
      select: { id: true },
    })
  ).id;
});

afterAll(async () => {
  await (await import("@/lib/rate-limit/pg-pool")).rateLimitPool().end();
  await db?.$disconnect();
  await database?.drop();
});

describe("translations in the admin forms", () => {
  it("stores an event's az and ru texts, stamped against its English, and lists what is missing", async () => {
    expect(
      await call(actions.addEventAction, eventForm({ title: "Court hearing", title__az: "Məhkəmə iclası" })),
    ).toMatchObject({ status: "ok" });
    const event = await db.caseEvent.findFirstOrThrow({
      where: { detaineeId, title: "Court hearing" },
      select: { id: true, translations: true },
    });
    expect(event.translations).toEqual({ az: { title: "Məhkəmə iclası" } });
    const { englishHash } = await import("@/lib/translations/english-hash");
    expect(
      await db.translationStamp.findMany({
        where: { entity: "event", entityId: event.id },
        select: { field: true, locale: true, englishHash: true },
      }),
    ).toEqual([{ field: "title", locale: "az", englishHash: englishHash("Court hearing") }]);

    const { az, ru } = await queue();
    expect(rowsFor(az, event.id)).toEqual([]);
    expect(rowsFor(ru, event.id)).toEqual(["tr-title-ru:missing"]);
  });

  it("lists a translation as stale once its English changes, and clears it when confirmed or retranslated", async () => {
    const event = await db.caseEvent.findFirstOrThrow({
      where: { detaineeId, title: "Court hearing" },
      select: { id: true, version: true },
    });
    const edit = (fields: Record<string, string>, version: number) =>
      call(actions.updateEventAction, eventForm({ id: event.id, version: String(version), ...fields }));
    expect(
      await edit({ title: "Court hearing postponed", title__az: "Məhkəmə iclası", title__ru: "Суд" }, event.version),
    ).toMatchObject({ status: "ok" });
    let lists = await queue();
    // az kept its text from before the English changed: stale. ru was typed now: current.
    expect(rowsFor(lists.az, event.id)).toEqual(["tr-title-az:stale"]);
    expect(rowsFor(lists.ru, event.id)).toEqual([]);

    // "Still accurate" re-stamps without a change of text.
    expect(
      await edit(
        {
          title: "Court hearing postponed",
          title__az: "Məhkəmə iclası",
          title__ru: "Суд",
          accurate__az__title: "on",
        },
        event.version + 1,
      ),
    ).toMatchObject({ status: "ok" });
    lists = await queue();
    expect(rowsFor(lists.az, event.id)).toEqual([]);

    // Changing the English again makes both stale; retranslating clears each one.
    await edit({ title: "Hearing moved to May", title__az: "Məhkəmə iclası", title__ru: "Суд" }, event.version + 2);
    lists = await queue();
    expect(rowsFor(lists.az, event.id)).toEqual(["tr-title-az:stale"]);
    expect(rowsFor(lists.ru, event.id)).toEqual(["tr-title-ru:stale"]);
    await edit(
      { title: "Hearing moved to May", title__az: "İclas maya keçirildi", title__ru: "Заседание перенесено на май" },
      event.version + 3,
    );
    lists = await queue();
    expect(rowsFor(lists.az, event.id)).toEqual([]);
    expect(rowsFor(lists.ru, event.id)).toEqual([]);
  });

  it("leaves texts nobody reads yet out of the queue: hidden events, unpublished profiles", async () => {
    await call(actions.addEventAction, eventForm({ title: "Hidden note", visibility: "HIDDEN" }));
    const hidden = await db.caseEvent.findFirstOrThrow({ where: { title: "Hidden note" }, select: { id: true } });
    const draft = await db.detainee.create({
      data: { slug: "tr-draft", displayName: "Draft Person", status: "IN_DETENTION", occupation: "Blogger" },
      select: { id: true },
    });
    const { az } = await queue();
    expect(rowsFor(az, hidden.id)).toEqual([]);
    expect(rowsFor(az, draft.id)).toEqual([]);
    await db.detainee.update({ where: { id: draft.id }, data: { published: true } });
    expect(rowsFor((await queue()).az, draft.id)).toEqual(["tr-occupation-az:missing"]);
  });

  it("writes a status change's timeline event in en, az and ru from the catalogues", async () => {
    const { version } = await db.detainee.findUniqueOrThrow({ where: { id: detaineeId }, select: { version: true } });
    expect(
      await call(
        actions.updateDetaineeAction,
        profileForm({
          id: detaineeId,
          version: String(version),
          statusConfirmedOn: "2026-11-02",
          published: "on",
          occupation: "Journalist",
          occupation__ru: "Журналист",
        }),
      ),
    ).toMatchObject({ status: "ok" });
    const event = await db.caseEvent.findFirstOrThrow({
      where: { detaineeId, type: "STATUS_CHANGE" },
      select: { id: true, title: true, translations: true },
    });
    expect(event.title).toBe("Status changed: Pre-trial detention → Released");
    expect(event.translations).toEqual({
      az: { title: "Status dəyişib: Məhkəməyədək həbsdə → Azad edilib" },
      ru: { title: "Статус изменён: Предварительное заключение → Освобождён(а)" },
    });
    // Generated from the catalogues, so current: not in the queue.
    const lists = await queue();
    expect(rowsFor(lists.az, event.id)).toEqual([]);
    expect(rowsFor(lists.ru, event.id)).toEqual([]);
    const profile = await db.detainee.findUniqueOrThrow({ where: { id: detaineeId }, select: { translations: true } });
    expect(profile.translations).toEqual({ ru: { occupation: "Журналист" } });
  });

  it("refuses a translation that is too long field by field, and writes nothing", async () => {
    const before = await db.caseEvent.count();
    const stamps = await db.translationStamp.count();
    const result = await call(actions.addEventAction, eventForm({ title: "Too long", title__ru: "я".repeat(301) }));
    expect(result.status).toBe("invalid");
    expect(result.fieldErrors?.title__ru).toEqual(["Use at most 300 characters."]);
    expect(await db.caseEvent.count()).toBe(before);
    expect(await db.translationStamp.count()).toBe(stamps);
  });

  it("stamps nothing when a save loses to someone else's (version conflict)", async () => {
    const stampsOf = () =>
      db.translationStamp.findMany({
        where: { entity: "detainee", entityId: detaineeId },
        orderBy: [{ field: "asc" }, { locale: "asc" }],
        select: { field: true, locale: true, englishHash: true },
      });
    const stamps = await stampsOf();
    // Someone else saved meanwhile.
    const { version } = await db.detainee.update({
      where: { id: detaineeId },
      data: { version: { increment: 1 } },
      select: { version: true },
    });
    const result = await call(
      actions.updateDetaineeAction,
      profileForm({
        id: detaineeId,
        version: String(version - 1),
        occupation: "Journalist",
        occupation__az: "Jurnalist",
        bio: "Reporter",
        bio__ru: "Репортёр",
      }),
    );
    expect(result.formError).toMatch(/Someone else saved/);
    expect(await stampsOf()).toEqual(stamps);
  });

  it("edits the campaign's and the petition's texts in three languages", async () => {
    const petition = await db.petition.create({
      data: { slug: "tr-petition", title: "Free them", body: "Release them.", status: "OPEN" },
      select: { id: true },
    });
    const campaign = await db.campaign.create({
      data: { slug: "tr-campaign", headline: "Free them", callToAction: "Sign", summary: "S", petitionId: petition.id },
      select: { id: true },
    });
    expect(rowsFor((await queue()).az, petition.id).length + rowsFor((await queue()).az, "petition/texts").length).toBe(
      5,
    );
    expect(
      await call(textActions.savePetitionTextsAction, {
        id: petition.id,
        version: "1",
        title: "Free them",
        body: "Release them.",
        title__az: "Onları azad edin",
        body__az: "Onları azad edin.",
      }),
    ).toMatchObject({ status: "ok" });
    expect(
      await call(textActions.saveCampaignTextsAction, {
        id: campaign.id,
        version: "1",
        headline: "Free them",
        callToAction: "Sign",
        summary: "S",
        headline__ru: "Освободите их",
      }),
    ).toMatchObject({ status: "ok" });
    const lists = await queue();
    expect(lists.az.filter((row) => row.href.includes("#tr-petition-")).map((r) => r.field)).toEqual([]);
    expect(lists.ru.filter((row) => row.href.includes("#tr-campaign-")).map((r) => r.field)).toEqual([
      "callToAction",
      "summary",
    ]);
    const stored = await db.petition.findUniqueOrThrow({ where: { id: petition.id }, select: { translations: true } });
    expect(stored.translations).toEqual({ az: { title: "Onları azad edin", body: "Onları azad edin." } });
  });
});

describe("organisations and cases", () => {
  it("are listed until translated, and their translation form refuses a stale save", async () => {
    const recordActions = await import("@/app/admin/translations/organisations/actions");
    const { translationsBasis } = await import("@/lib/translations/translations-basis");
    const organisation = await db.organisation.create({
      data: { slug: "tr-org", name: "Free Speech Watch" },
      select: { id: true },
    });
    const anchor = (locale: string) => `tr-organisation-${organisation.id}-name-${locale}`;
    expect(rowsFor((await queue()).az, organisation.id)).toEqual([`${anchor("az")}:missing`]);
    expect(
      await call(recordActions.translateOrganisationAction, {
        id: organisation.id,
        basis: translationsBasis({}),
        name__az: "Söz Azadlığı Müşahidəsi",
        name__ru: "Наблюдение за свободой слова",
      }),
    ).toMatchObject({ status: "ok" });
    expect(rowsFor((await queue()).az, organisation.id)).toEqual([]);
    expect(rowsFor((await queue()).ru, organisation.id)).toEqual([]);
    const stale = await call(recordActions.translateOrganisationAction, {
      id: organisation.id,
      basis: translationsBasis({}),
      name__az: "Başqa ad",
    });
    expect(stale.formError).toMatch(/Someone else changed these translations/);
  });
});

describe("seeded translations", () => {
  it("are stamped once with the English beside them, and become stale when that English changes", async () => {
    const { stampUnstampedTranslations } = await import("@/lib/translations/stamp-unstamped-translations");
    const charge = await db.charge.create({
      data: { detaineeId, description: "Hooliganism", translations: { az: { description: "Xuliqanlıq" } } },
      select: { id: true },
    });
    // Without a stamp it counts as current.
    expect(rowsFor((await queue()).az, charge.id)).toEqual([]);
    expect(await db.$transaction((tx) => stampUnstampedTranslations(tx))).toBeGreaterThan(0);
    expect(await db.$transaction((tx) => stampUnstampedTranslations(tx))).toBe(0);
    await db.charge.update({ where: { id: charge.id }, data: { description: "Hooliganism (Art. 221)" } });
    expect(rowsFor((await queue()).az, charge.id)).toEqual([`tr-charge-${charge.id}-description-az:stale`]);
    // Running the seed again does not hide it.
    await db.$transaction((tx) => stampUnstampedTranslations(tx));
    expect(rowsFor((await queue()).az, charge.id)).toEqual([`tr-charge-${charge.id}-description-az:stale`]);
    const { translationsBasis } = await import("@/lib/translations/translations-basis");
    const loaded = translationsBasis({ az: { description: "Xuliqanlıq" } });
    expect(
      await call(actions.translateChargeAction, {
        id: charge.id,
        basis: loaded,
        description__az: "Xuliqanlıq (221-ci maddə)",
        description__ru: "Хулиганство (ст. 221)",
      }),
    ).toMatchObject({ status: "ok" });
    // A second editor still holding the old form cannot overwrite that (charges have no version column).
    const late = await call(actions.translateChargeAction, {
      id: charge.id,
      basis: loaded,
      description__az: "Köhnə tərcümə",
      description__ru: "",
    });
    expect(late.formError).toMatch(/Someone else changed these translations/);
    expect(
      (await db.charge.findUniqueOrThrow({ where: { id: charge.id }, select: { translations: true } })).translations,
    ).toEqual({ az: { description: "Xuliqanlıq (221-ci maddə)" }, ru: { description: "Хулиганство (ст. 221)" } });
    expect(rowsFor((await queue()).az, charge.id)).toEqual([]);
    expect(rowsFor((await queue()).ru, charge.id)).toEqual([]);
  });
});
