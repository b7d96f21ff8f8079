/**
 * The authorisation walk over every admin page and route handler, as HTTP requests
 * (server actions are walked in tests/integration/admin-actions-authorisation.test.ts).
 * Pages are found on disk, so a new page cannot escape the walk.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { testDb } from "./support/db";
import { createStaff, sessionCookie, totpCode } from "./support/staff";

const root = path.resolve(import.meta.dirname, "..");
const PUBLIC_PAGES = new Set([
  "/admin/sign-in",
  "/admin/sign-in/code",
  "/admin/sign-in/enrol",
  "/admin/invite/[token]",
]);
const ADMIN_ONLY_PAGES = new Set(["/admin/staff", "/admin/audit"]);

function adminPages(): string[] {
  return (fs.readdirSync(path.join(root, "app/admin"), { recursive: true }) as string[])
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => `/admin/${path.dirname(file)}`.replace(/\/\.$/, ""))
    .sort();
}

test.afterAll(async () => {
  await testDb.$disconnect();
});

test("every admin page refuses anonymous, disabled, signed-out and unenrolled sessions, and editors on admin pages", async ({
  playwright,
  baseURL,
}) => {
  const detainee = await testDb.detainee.findFirstOrThrow({ select: { id: true } });
  const event = await testDb.caseEvent.create({
    data: {
      detaineeId: detainee.id,
      type: "OTHER",
      occurredOn: new Date("2014-01-01"),
      title: "Walk event",
      visibility: "HIDDEN",
    },
    select: { id: true },
  });
  const statement = await testDb.statement.findFirstOrThrow({ select: { id: true } });
  const partner = await testDb.partner.create({
    data: {
      code: `walk-${Date.now()}`,
      name: "Walk Partner",
      url: "https://walk.example",
      origin: "https://walk.example",
    },
    select: { id: true },
  });
  const petition = await testDb.petition.findFirstOrThrow({ select: { id: true } });
  const text = { subject: "Walk message", body: "A draft made by the admin walk." };
  const message = await testDb.campaignMessage.create({
    data: { petitionId: petition.id, kind: "UPDATE", content: { en: text, az: text, ru: text } },
    select: { id: true },
  });
  const fill = (route: string) =>
    route
      .replace("/partners/[id]", `/partners/${partner.id}`)
      .replace("/petition/updates/[id]", `/petition/updates/${message.id}`)
      .replace("/detainees/[id]/events/[eventId]", `/detainees/${detainee.id}/events/${event.id}`)
      .replace("/detainees/[id]", `/detainees/${detainee.id}`)
      .replace("/statements/[id]", `/statements/${statement.id}`);

  const pages = adminPages();
  expect(pages).toEqual(
    expect.arrayContaining([
      "/admin",
      "/admin/detainees",
      "/admin/detainees/[id]",
      "/admin/audit",
      "/admin/staff",
      "/admin/statements/[id]",
    ]),
  );
  const protectedPages = pages.filter((p) => !PUBLIC_PAGES.has(p));
  expect(
    protectedPages.every((p) => !p.includes("[") || fill(p) !== p),
    "every dynamic page gets a real id",
  ).toBe(true);

  const editor = await createStaff({ role: "EDITOR" });
  const admin = await createStaff({ role: "ADMIN" });
  const disabled = await createStaff({ role: "ADMIN", disabled: true });
  const unenrolled = await createStaff({ role: "ADMIN", enrolled: false });
  const signedOut = await createStaff({ role: "ADMIN" });
  await testDb.staffUser.update({
    where: { id: signedOut.id },
    data: { sessionsValidAfter: new Date(Date.now() + 60_000) },
  });

  const contextFor = async (cookie?: Awaited<ReturnType<typeof sessionCookie>>): Promise<APIRequestContext> =>
    playwright.request.newContext({
      baseURL,
      storageState: { cookies: cookie ? [{ ...cookie, expires: -1, secure: false }] : [], origins: [] },
    });

  const refused = {
    anonymous: await contextFor(),
    disabled: await contextFor(await sessionCookie(disabled.id)),
    unenrolled: await contextFor(await sessionCookie(unenrolled.id)),
    signedOut: await contextFor(await sessionCookie(signedOut.id)),
    forged: await contextFor({ ...(await sessionCookie(admin.id)), value: "forged" }),
  };
  const editorContext = await contextFor(await sessionCookie(editor.id));
  const adminContext = await contextFor(await sessionCookie(admin.id));

  for (const route of protectedPages) {
    const url = fill(route);
    for (const [who, context] of Object.entries(refused)) {
      const response = await context.get(url, { maxRedirects: 0 });
      expect(response.status(), `${url} as ${who}`).toBe(307);
      expect(response.headers()["location"], `${url} as ${who}`).toMatch(/\/admin\/sign-in$/);
    }
    const asEditor = await editorContext.get(url, { maxRedirects: 0 });
    expect(asEditor.status(), `${url} as editor`).toBe(ADMIN_ONLY_PAGES.has(route) ? 404 : 200);
    const asAdmin = await adminContext.get(url, { maxRedirects: 0 });
    expect(asAdmin.status(), `${url} as admin`).toBe(200);
    expect(asAdmin.headers()["cache-control"], `${url} never cached`).toContain("no-store");
  }
  for (const context of [...Object.values(refused), editorContext, adminContext]) await context.dispose();
  await testDb.caseEvent.delete({ where: { id: event.id } });
  await testDb.campaignMessage.delete({ where: { id: message.id } });
});

test("the photo upload route refuses anonymous and disabled sessions and other sites", async ({
  playwright,
  baseURL,
}) => {
  const detainee = await testDb.detainee.findFirstOrThrow({ select: { id: true, photoPath: true } });
  const editor = await createStaff();
  const disabled = await createStaff({ disabled: true });
  const url = `/admin/detainees/${detainee.id}/photo`;
  const multipart = { photo: { name: "x.jpg", mimeType: "image/jpeg", buffer: Buffer.from([0xff, 0xd8, 0xff]) } };
  const post = async (cookie: Awaited<ReturnType<typeof sessionCookie>> | null, headers: Record<string, string>) => {
    const context = await playwright.request.newContext({
      baseURL,
      storageState: { cookies: cookie ? [{ ...cookie, expires: -1, secure: false }] : [], origins: [] },
    });
    const response = await context.post(url, { multipart, headers, maxRedirects: 0 });
    const status = response.status();
    await context.dispose();
    return status;
  };
  const same = { "sec-fetch-site": "same-origin", origin: baseURL! };
  expect(await post(null, same)).toBe(401);
  expect(await post(await sessionCookie(disabled.id), same)).toBe(401);
  expect(
    await post(await sessionCookie(editor.id), { "sec-fetch-site": "cross-site", origin: "https://evil.example" }),
  ).toBe(403);
  expect(await post(await sessionCookie(editor.id), { origin: "https://evil.example" })).toBe(403);
  // The control: the same request from our own site gets through to the upload, which
  // refuses the junk file (a JPEG's first bytes and nothing else) with a message.
  expect(await post(await sessionCookie(editor.id), same)).toBe(422);
  expect(
    (await testDb.detainee.findUniqueOrThrow({ where: { id: detainee.id }, select: { photoPath: true } })).photoPath,
  ).toBe(detainee.photoPath);
});

test("the signature export is a same-origin POST for admins with a fresh code; everyone else gets nothing", async ({
  playwright,
  baseURL,
}) => {
  const petition = await testDb.petition.findFirstOrThrow({ select: { id: true } });
  const disabled = await createStaff({ role: "ADMIN", disabled: true });
  const editor = await createStaff({ role: "EDITOR" });
  const admin = await createStaff({ role: "ADMIN" });
  const url = "/admin/petition/export";
  const same = { "sec-fetch-site": "same-origin", origin: baseURL! };
  const send = async (
    cookie: Awaited<ReturnType<typeof sessionCookie>> | null,
    options: { method?: "GET" | "POST"; headers?: Record<string, string>; code?: string } = {},
  ) => {
    const context = await playwright.request.newContext({
      baseURL,
      storageState: { cookies: cookie ? [{ ...cookie, expires: -1, secure: false }] : [], origins: [] },
    });
    const form = { petitionId: petition.id, code: options.code ?? "123456" };
    const response =
      options.method === "GET"
        ? await context.get(`${url}?petitionId=${petition.id}`, { maxRedirects: 0 })
        : await context.post(url, { form, headers: options.headers ?? same, maxRedirects: 0 });
    const result = { status: response.status(), type: response.headers()["content-type"] ?? "" };
    await context.dispose();
    return result;
  };
  expect((await send(null)).status).toBe(401);
  expect((await send(await sessionCookie(disabled.id))).status).toBe(401);
  expect((await send(await sessionCookie(editor.id), { code: totpCode(editor.secret!) })).status).toBe(403);
  const adminCookie = await sessionCookie(admin.id);
  // A link (GET), another site, or a wrong code: no file.
  expect((await send(adminCookie, { method: "GET" })).status).toBe(405);
  expect(
    (await send(adminCookie, { headers: { "sec-fetch-site": "cross-site", origin: "https://evil.example" } })).status,
  ).toBe(403);
  const wrong = await send(adminCookie, { code: "000000" });
  expect(wrong.status).toBe(303);
  expect(wrong.type).not.toContain("text/csv");
  // The control: the same POST with a fresh code from an admin's own site.
  const ok = await send(adminCookie, { code: totpCode(admin.secret!) });
  expect(ok).toMatchObject({ status: 200, type: expect.stringContaining("text/csv") });
  // "Sign out everywhere" after that cookie was issued.
  await testDb.staffUser.update({
    where: { id: admin.id },
    data: { sessionsValidAfter: new Date(Date.now() + 1000) },
  });
  expect((await send(adminCookie, { code: totpCode(admin.secret!, 1) })).status).toBe(401);
});
