/**
 * Hostile input against the built app, over HTTP: every public route, API parameter and
 * form (the petition's sign endpoint and server-action forms, the admin sign-in and
 * invitation forms) gets each value of a table of hostile inputs. Not one answer may be
 * a 5xx or show a stack trace, and nothing may be written but pending signatures.
 */
import crypto from "node:crypto";
import http from "node:http";
import { expect, test, type APIResponse } from "@playwright/test";
import { hashInviteToken } from "../lib/staff/invite-token";
import { testDb } from "./support/db";
import { createStaff, sessionCookie } from "./support/staff";

test.afterAll(async () => {
  await testDb.$disconnect();
});

// Values as they arrive after decoding: control characters, markup, SQL, formulas,
// template syntax, overlong and unusual Unicode, numbers a parser may choke on.
const VALUES = [
  "\u0000",
  "a\u0000b",
  "\u0001\u0002\u001f\u007f",
  "line\r\nSet-Cookie: x=1",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "' OR '1'='1' --",
  '"; DROP TABLE "Detainee"; --',
  "1; SELECT pg_sleep(5)",
  '=HYPERLINK("http://evil.example","x")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)",
  "{{7*7}}${7*7}<%= 7*7 %>",
  "../../../../etc/passwd",
  "A".repeat(5000),
  "\u202Eevil\u202C",
  "\uFEFF\u200B",
  "𝔐𝔞𝔪𝔪𝔞𝔡𝔬𝔳".repeat(40),
  "99999999999999999999999999999",
  "-1",
  "1e309",
  "NaN",
  "0x7fffffff",
  "[]",
  '{"$ne":null}',
  "null",
  "%",
  "%00",
  " ",
];

// Raw path and query segments, sent undecoded: NUL, invalid UTF-8 and broken escapes.
const RAW = ["%00", "a%00b", "%FF", "%C0%AE", "%E0%80", "%ED%A0%80", "%zz", "%", "%2e%2e%2f%2e%2e%2f", "%0d%0a"];

const pathValues = [...VALUES.map(encodeURIComponent), ...RAW];
// Rendered pages cost a render per request on a shared 2-core machine: they get a
// shorter table (one of each kind), the JSON API and the sign endpoint the whole one.
const CORE = VALUES.filter((_, i) => [0, 1, 2, 3, 4, 6, 9, 14, 15, 18, 24, 26].includes(i));
const corePathValues = [...CORE.map(encodeURIComponent), ...RAW];
const isApi = (route: string) => route.startsWith("/api/");

const PATH_ROUTES = [
  "/detainees/{}",
  "/az/detainees/{}",
  "/ru/detainees/{}/share-image",
  "/statements/{}",
  "/ru/statements/{}",
  "/petition/confirm/{}",
  "/petition/my-signature/{}",
  "/press/confirm/{}",
  "/ru/press/unsubscribe/{}",
  "/api/v1/detainees/{}",
  "/api/v1/statements/{}",
  "/api/v1/petition/ledger/{}",
  "/media/detainees/{}",
  "/admin/invite/{}",
  "/ru/{}",
];

const QUERY_ROUTES: [string, string[]][] = [
  ["/detainees", ["q", "status", "affiliation", "occupation", "charge", "year", "sort"]],
  ["/ru/detainees", ["charge", "q"]],
  [
    "/api/v1/detainees",
    ["q", "status", "affiliation", "occupation", "charge", "year", "sort", "lang", "limit", "offset"],
  ],
  ["/api/v1/detainees.csv", ["q", "charge", "lang"]],
  ["/api/v1/detainees/{slug}", ["lang"]],
  ["/api/v1/detainees/{slug}/history", ["lang"]],
  ["/api/v1/statements", ["lang", "limit", "offset"]],
  ["/api/v1/events", ["lang", "limit", "since"]],
  ["/api/petition/count", ["petition"]],
  ["/api/v1/petition/ledger", ["date"]],
  ["/petition/supporters", ["page"]],
  ["/feed.xml", ["lang"]],
  ["/az/feed.xml", ["lang"]],
];

type Check = { label: string; response: APIResponse };
const STACK = /\n\s+at [^\n]+\(|node_modules\/|\.(?:ts|tsx|js):\d+:\d+|Error: [^\n]*\n\s+at /;

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

/** The fields of every form on a page, with their rendered values (hidden action fields included). */
function formsOf(html: string): { fields: Record<string, string>; names: string[] }[] {
  const decode = (text: string) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  return [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map(([form]) => {
    const fields: Record<string, string> = {};
    const names: string[] = [];
    for (const [tag] of form.matchAll(/<(?:input|select|textarea)\b[^>]*>/g)) {
      const name = tag.match(/\bname="([^"]*)"/)?.[1];
      if (!name) continue;
      const value = decode(tag.match(/\bvalue="([^"]*)"/)?.[1] ?? "");
      const type = tag.match(/\btype="([^"]*)"/)?.[1] ?? "text";
      fields[decode(name)] = value;
      if (!name.startsWith("$ACTION") && type !== "hidden") names.push(decode(name));
    }
    return { fields, names: [...new Set(names)] };
  });
}

async function rowCounts() {
  const [detainees, names, charges, events, statements, staff, invites, audit, confirmed, requests] = await Promise.all(
    [
      testDb.detainee.count(),
      testDb.detaineeName.count(),
      testDb.charge.count(),
      testDb.caseEvent.count(),
      testDb.statement.count(),
      testDb.staffUser.count(),
      testDb.staffInvite.count({ where: { usedAt: null } }),
      testDb.auditLog.count(),
      testDb.signature.count({ where: { status: { not: "PENDING" } } }),
      testDb.signerRequest.count(),
    ],
  );
  return { detainees, names, charges, events, statements, staff, invites, audit, confirmed, requests };
}

test("no input answers 500, shows a stack trace or writes anything", async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const started = Date.now();
  const origin = baseURL!;
  const detainee = await testDb.detainee.findFirstOrThrow({ where: { published: true }, select: { slug: true } });
  // A real invitation, so its form is on the page; each post leaves the other fields empty and is refused.
  const inviteToken = crypto.randomBytes(32).toString("base64url");
  const inviter = await createStaff({ role: "ADMIN" });
  await testDb.staffInvite.create({
    data: {
      invitedById: inviter.id,
      email: `hostile-${Date.now()}@e2e.test`,
      role: "EDITOR",
      tokenHash: hashInviteToken(inviteToken),
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  });
  const before = await rowCounts();
  const checks: Check[] = [];
  const problems: string[] = [];
  const check = async (label: string, send: () => Promise<APIResponse>) => {
    const response = await send();
    const body = await response.text();
    if (response.status() >= 500) problems.push(`${response.status()} ${label}`);
    else if (STACK.test(body)) problems.push(`stack trace: ${label}`);
    checks.push({ label, response });
  };
  const get = (url: string) => () => request.get(url, { maxRedirects: 0 });

  // Path parameters.
  await inBatches(
    PATH_ROUTES.flatMap((route) =>
      (isApi(route) ? pathValues : corePathValues).map((value) => route.replace("{}", value)),
    ),
    8,
    (url) => check(`GET ${url.slice(0, 120)}`, get(url)),
  );

  // Query parameters, one at a time, each value plus a repeated key.
  const queries = QUERY_ROUTES.flatMap(([route, params]) =>
    params.flatMap((param) => [
      ...(isApi(route) ? pathValues : corePathValues).map(
        (value) => `${route.replace("{slug}", detainee.slug)}?${param}=${value}`,
      ),
      `${route.replace("{slug}", detainee.slug)}?${param}=a&${param}=b&${param}[]=c`,
    ]),
  );
  await inBatches(queries, 8, (url) => check(`GET ${url.slice(0, 120)}`, get(url)));

  // The sign endpoint, as a form and as JSON (with non-string JSON too), one field at a time.
  const signFields = ["name", "email", "country", "consentVersion", "locale", "altcha", "website"];
  const jsonOddities: unknown[] = [[], {}, null, true, 1e308, -0, ["a", "b"], { $gt: "" }];
  await inBatches(
    signFields.flatMap((field) => [
      ...VALUES.map((value) => ({ field, form: true, value: value as unknown })),
      ...VALUES.map((value) => ({ field, form: false, value: value as unknown })),
      ...jsonOddities.map((value) => ({ field, form: false, value })),
    ]),
    8,
    ({ field, form, value }) =>
      check(`POST /api/petition/sign ${form ? "form" : "json"} ${field}=${String(value).slice(0, 40)}`, () =>
        form
          ? request.post("/api/petition/sign", { headers: { origin }, form: { [field]: value as string } })
          : request.post("/api/petition/sign", { headers: { origin }, data: { [field]: value } }),
      ),
  );
  await check("POST /api/petition/sign: body not JSON", () =>
    request.post("/api/petition/sign", {
      headers: { origin, "content-type": "application/json" },
      data: '{"name": \u0000',
    }),
  );

  // Server-action forms, posted the way a browser without JavaScript posts them.
  const formPages = [
    "/petition",
    "/az/petition",
    "/petition/my-signature",
    "/petition/verify",
    "/press",
    "/az/press/confirm/not-a-token",
    "/ru/press/unsubscribe/not-a-token",
    "/admin/sign-in",
    "/admin/sign-in/code",
    `/admin/invite/${inviteToken}`,
  ];
  for (const page of formPages) {
    const html = await (await request.get(page)).text();
    const forms = formsOf(html).filter((form) => Object.keys(form.fields).some((key) => key.startsWith("$ACTION")));
    expect(forms.length, `a server-action form on ${page}`).toBeGreaterThan(0);
    const posts = forms.flatMap((form) =>
      form.names.flatMap((name) =>
        CORE.map((value) => {
          const blank = Object.fromEntries(
            Object.entries(form.fields).map(([key, v]) => [
              key,
              key.startsWith("$ACTION") || key === "locale" ? v : "",
            ]),
          );
          return { name, value, multipart: { ...blank, [name]: value } };
        }),
      ),
    );
    await inBatches(posts, 6, ({ name, value, multipart }) =>
      check(`POST ${page} ${name}=${value.slice(0, 40)}`, () =>
        request.post(page, { headers: { origin }, multipart, maxRedirects: 0 }),
      ),
    );
  }

  // Wrong methods.
  const methodRoutes = [
    "/",
    "/detainees",
    "/api/v1/detainees",
    "/api/v1/statements",
    "/api/petition/sign",
    "/feed.xml",
  ];
  await inBatches(
    methodRoutes.flatMap((url) => ["PUT", "DELETE", "PATCH", "OPTIONS"].map((method) => ({ url, method }))),
    8,
    ({ url, method }) =>
      check(`${method} ${url}`, () => request.fetch(url, { method, headers: { origin }, maxRedirects: 0 })),
  );

  const seconds = (Date.now() - started) / 1000;
  console.log(`hostile input: ${checks.length} requests in ${seconds.toFixed(1)} s`);
  expect(problems, problems.slice(0, 20).join("\n")).toEqual([]);
  expect(checks.length).toBeGreaterThanOrEqual(2000);
  expect(await rowCounts()).toEqual(before);
});

test("the NUL bytes of issue 11 are answered as not found or a field error, not a server error", async ({
  request,
}) => {
  const statuses = await Promise.all(
    ["/detainees/a%00b", "/api/v1/detainees/%00", "/api/v1/statements/%00"].map(async (url) =>
      (await request.get(url)).status(),
    ),
  );
  expect(statuses).toEqual([404, 404, 404]);
  const filter = await request.get("/api/v1/detainees?charge=%00");
  expect(filter.status()).toBe(400);
  expect((await filter.json()).fieldErrors).toHaveProperty("charge");
  const page = await request.get("/ru/detainees?charge=%00");
  expect(page.status()).toBe(200);
});

test("request bodies are capped before they are read", async ({ request, baseURL, context }) => {
  const origin = baseURL!;
  const big = await request.post("/api/petition/sign", {
    headers: { origin, "content-type": "application/x-www-form-urlencoded" },
    data: `name=${"a".repeat(2 * 1024 * 1024)}`,
  });
  expect(big.status()).toBe(413);
  // Server actions: Next's own cap (serverActions.bodySizeLimit, 1 MB by default) refuses it.
  const form = formsOf(await (await request.get("/petition")).text()).find((f) => "name" in f.fields)!;
  const bigAction = await request.post("/petition", {
    headers: { origin },
    multipart: { ...form.fields, name: "a".repeat(2 * 1024 * 1024) },
    maxRedirects: 0,
  });
  expect(bigAction.status()).toBe(413);
  // The same for a scripted call (React sends Next-Action); proxy.ts sees these by their
  // Content-Length alone, so a form of normal size never runs the proxy.
  const bigScripted = await request.post("/petition", {
    headers: { origin, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    data: "a".repeat(1024 * 1024 + 1),
    maxRedirects: 0,
  });
  expect(bigScripted.status()).toBe(413);
  // A form post without a length (chunked) could not be capped before it is read.
  const chunked = await postChunked(new URL("/petition", origin), {
    origin,
    "content-type": "multipart/form-data; boundary=x",
  });
  expect(chunked.status).toBe(411);
  expect(chunked.body).toContain("Length required");

  const staff = await createStaff();
  await context.addCookies([await sessionCookie(staff.id)]);
  const detainee = await testDb.detainee.findFirstOrThrow({ select: { id: true, photoPath: true } });
  const upload = (buffer: Buffer, name: string) =>
    context.request.post(`/admin/detainees/${detainee.id}/photo`, {
      headers: { origin },
      multipart: { photo: { name, mimeType: "image/jpeg", buffer } },
      maxRedirects: 0,
    });
  const tooBig = await upload(Buffer.alloc(11 * 1024 * 1024, 0xff), "huge.jpg");
  expect(tooBig.status()).toBe(413);
  expect(await tooBig.text()).toContain("larger than 10 MB");

  // A text file named .jpg is refused by its first bytes, before the image library reads it.
  const notImage = await upload(Buffer.from("%PDF-1.7 definitely not a photo\n".repeat(20)), "photo.jpg");
  expect(notImage.status()).toBe(415);
  expect(await notImage.text()).toContain("not a JPEG, PNG or WebP image");
  const unchanged = await testDb.detainee.findUniqueOrThrow({
    where: { id: detainee.id },
    select: { photoPath: true },
  });
  expect(unchanged.photoPath).toBe(detainee.photoPath);
});

/** A POST whose body is sent in chunks, without Content-Length (browsers never do this for a form). */
function postChunked(url: URL, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = http.request(url, { method: "POST", headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    sent.on("error", reject);
    sent.write("--x\r\n");
    sent.end("--x--\r\n");
  });
}
