import { expect, test } from "@playwright/test";
import { testDb } from "./support/db";
import { createDetainee, uniqueSlug } from "./support/fixtures";

test.afterAll(async () => {
  await testDb.$disconnect();
});

function csvRows(text: string): string[][] {
  // Minimal parser for the export's quoting (RFC 4180): enough to check cells.
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && s[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += ch;
    }
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

test("the API, the CSV and the feed say what the database holds about published records", async ({ request }) => {
  const published = await testDb.detainee.findMany({
    where: { published: true },
    orderBy: { displayName: "asc" },
    select: { slug: true, displayName: true, status: true, occupation: true, affiliation: { select: { slug: true } } },
  });

  const list = await (await request.get("/api/v1/detainees")).json();
  expect(list.total).toBe(published.length);
  expect(list.data.map((d: { slug: string }) => d.slug)).toEqual(published.map((d) => d.slug));
  for (const [i, d] of published.entries()) {
    expect(list.data[i]).toMatchObject({
      name: d.displayName,
      status: d.status,
      occupation: d.occupation,
      affiliation: d.affiliation ? { slug: d.affiliation.slug } : null,
    });
  }

  const one = await testDb.detainee.findUniqueOrThrow({
    where: { slug: "zaur-gurbanli" },
    select: {
      // Every name but the one the English answer is headed by.
      names: { where: { NOT: { isPrimary: true, lang: "en" } }, select: { name: true } },
      events: { where: { visibility: "PUBLIC" }, select: { title: true } },
      statements: { select: { statement: { select: { slug: true } } } },
    },
  });
  const profile = (await (await request.get("/api/v1/detainees/zaur-gurbanli")).json()).data;
  expect(profile.otherNames.map((n: { name: string }) => n.name).sort()).toEqual(one.names.map((n) => n.name).sort());
  expect(profile.events.map((e: { title: string }) => e.title)).toEqual(one.events.map((e) => e.title));
  expect(profile.statements.map((s: { slug: string }) => s.slug)).toEqual(one.statements.map((s) => s.statement.slug));
  expect(profile.daysInDetention).toBeNull();
  expect(profile.statusConfirmedOn).toEqual({ date: "2013", precision: "YEAR" });
  const az = (await (await request.get("/api/v1/detainees/zaur-gurbanli?lang=az")).json()).data;
  expect(az.occupation).toBe("Gənc fəal");

  const statements = await testDb.statement.findMany({
    where: { status: "PUBLISHED" },
    select: { slug: true, quotes: { select: { text: true } } },
  });
  const statementList = await (await request.get("/api/v1/statements")).json();
  expect(statementList.data.map((s: { slug: string }) => s.slug).sort()).toEqual(statements.map((s) => s.slug).sort());
  const seeded = statements.find((s) => s.slug === "release-all-jailed-for-speaking-out-2013")!;
  const statement = (await (await request.get(`/api/v1/statements/${seeded.slug}`)).json()).data;
  expect(statement.quotes.map((q: { text: string }) => q.text).sort()).toEqual(seeded.quotes.map((q) => q.text).sort());

  const csv = csvRows(await (await request.get("/api/v1/detainees.csv")).text());
  expect(csv[0]!.slice(0, 4)).toEqual(["slug", "name", "other_names", "status"]);
  expect(csv.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual(published.map((d) => [d.slug, d.displayName, d.status]));

  const xml = await (await request.get("/feed.xml")).text();
  const events = await testDb.caseEvent.findMany({
    where: { visibility: "PUBLIC", detainee: { published: true } },
    select: { title: true, detainee: { select: { displayName: true } } },
  });
  for (const e of events) expect(xml).toContain(`<![CDATA[${e.detainee.displayName}: ${e.title}]]></title>`);
  for (const s of statements) expect(xml).toContain(`/statements/${s.slug}`);

  const openapi = await (await request.get("/api/v1/openapi.json")).json();
  expect(openapi.openapi).toBe("3.1.0");
  expect(Object.keys(openapi.paths)).toEqual(
    expect.arrayContaining(["/api/v1/detainees", "/api/v1/detainees/{slug}", "/api/v1/statements", "/api/v1/events"]),
  );
  for (const [path, item] of Object.entries(openapi.paths) as [
    string,
    { get: { operationId?: string; security?: unknown[] } },
  ][]) {
    expect(item.get.operationId, path).toBeTruthy();
    expect(item.get.security, path).toEqual([]);
  }
});

test("bad API parameters get a 400 naming each field, never a 500", async ({ request }) => {
  const response = await request.get("/api/v1/detainees?status=FREE&year=twenty&limit=0&colour=red");
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(Object.keys(body.fieldErrors).sort()).toEqual(["colour", "limit", "status", "year"]);
  expect(JSON.stringify(body)).not.toMatch(/stack|at .*\.js/);
  const typo = await request.get("/api/v1/detainees?limit=abc&status=NOPE");
  expect(typo.status()).toBe(400);
  expect(await typo.json()).toMatchObject({
    error: "invalid_parameters",
    fieldErrors: { limit: ["a whole number"], status: [expect.stringContaining("one of")] },
  });
  expect((await request.get("/api/v1/detainees.csv?sort=height")).status()).toBe(400);
  expect((await request.get("/api/v1/events?since=yesterday")).status()).toBe(400);
  expect((await request.get("/api/v1/statements?offset=-1")).status()).toBe(400);
  expect((await request.get("/api/v1/detainees/zaur-gurbanli?lang=fr")).status()).toBe(400);
  // The page keeps working and says what it ignored.
  const page = await request.get("/detainees?status=FREE");
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain("were not understood and were ignored: status");
});

test("CSV cells that a spreadsheet would run as formulas are neutralised", async ({ request }) => {
  const d = await createDetainee({
    displayName: '=HYPERLINK("http://evil.example","x")',
    published: true,
    extra: { occupation: "+cmd|' /C calc'!A0", placeOfDetention: ' =HYPERLINK("http://evil.example","x")' },
  });
  try {
    const csv = csvRows(await (await request.get("/api/v1/detainees.csv")).text());
    const row = csv.find((r) => r[0] === d.slug)!;
    expect(row[1]).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(row[6]).toBe("'+cmd|' /C calc'!A0");
    // Spreadsheets trim the leading blank and would still run it.
    expect(row[13]).toBe('\' =HYPERLINK("http://evil.example","x")');
  } finally {
    await testDb.detainee.delete({ where: { id: d.id } });
  }
});

test("unpublished people, hidden events and unpublished statements appear nowhere public", async ({ request }) => {
  const secretOrg = await testDb.organisation.create({
    data: { slug: uniqueSlug("secret-org"), name: "Secret Org Name", kind: "NGO" },
  });
  const hidden = await createDetainee({
    displayName: "Zeynab Qasimova",
    published: false,
    variants: [{ name: "Зейнаб Гасымова", script: "CYRILLIC", lang: "ru" }],
    extra: {
      affiliationId: secretOrg.id,
      occupation: "Secret occupation",
      arrestDate: new Date(Date.UTC(1999, 0, 1)),
      arrestDatePrecision: "YEAR",
      events: {
        create: [
          {
            type: "ARREST",
            occurredOn: new Date(Date.UTC(1999, 0, 1)),
            precision: "YEAR",
            title: "Secret arrest event",
          },
        ],
      },
    },
  });
  const visible = await createDetainee({
    displayName: "Orkhan Visible",
    published: true,
    extra: {
      events: {
        create: [
          {
            type: "HEALTH_ALERT",
            occurredOn: new Date(Date.UTC(2014, 0, 1)),
            precision: "YEAR",
            title: "Hidden health note",
            visibility: "HIDDEN",
          },
        ],
      },
    },
  });
  const future = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const draft = await testDb.statement.create({
    data: { slug: uniqueSlug("draft-statement"), title: "Draft statement title", body: "Draft body", status: "DRAFT" },
  });
  const embargoed = await testDb.statement.create({
    data: {
      slug: uniqueSlug("embargoed"),
      title: "Embargoed statement title",
      body: "Embargoed body",
      status: "SCHEDULED",
      publishAt: future,
    },
  });
  const publishedButFuture = await testDb.statement.create({
    data: {
      slug: uniqueSlug("future"),
      title: "Future statement title",
      body: "Body",
      status: "PUBLISHED",
      publishAt: future,
    },
  });
  // A public statement that names both: only the published person may be listed.
  const mixed = await testDb.statement.create({
    data: {
      slug: uniqueSlug("mixed"),
      title: "Mixed statement",
      body: "Body",
      status: "PUBLISHED",
      publishedAt: new Date(),
      detainees: { create: [{ detaineeId: hidden.id }, { detaineeId: visible.id }] },
    },
  });

  try {
    const secrets = [
      "Zeynab",
      "Qasimova",
      "Гасымова",
      hidden.slug,
      "Secret Org Name",
      "Secret occupation",
      "Secret arrest event",
      "Hidden health note",
      "Draft statement",
      "Embargoed statement",
      "Future statement",
      ">1999<",
    ];
    const paths = [
      "/",
      "/az",
      "/detainees",
      `/detainees/${visible.slug}`,
      `/statements/${mixed.slug}`,
      "/statements",
      "/press",
      "/api/v1/detainees",
      `/api/v1/detainees/${visible.slug}`,
      "/api/v1/events?limit=200",
      "/api/v1/statements?limit=100",
      `/api/v1/statements/${mixed.slug}`,
      "/api/v1/detainees.csv",
      "/feed.xml",
    ];
    for (const path of paths) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const body = await response.text();
      for (const secret of secrets) expect(body, `${path} must not contain ${secret}`).not.toContain(secret);
    }
    // Searching for the unpublished person by any spelling finds nobody (the query
    // itself is echoed in the search box, so only the results are checked).
    for (const q of ["Qasimova", "Гасымова", "Zeynab"]) {
      const html = await request.get(`/detainees?q=${encodeURIComponent(q)}`).then((r) => r.text());
      expect(html, q).toContain("No profiles found");
      expect((await request.get(`/api/v1/detainees?q=${encodeURIComponent(q)}`).then((r) => r.json())).total, q).toBe(
        0,
      );
    }
    expect(await request.get(`/api/v1/detainees/${visible.slug}`).then((r) => r.text())).toContain("Orkhan Visible");
    expect(await request.get(`/statements/${mixed.slug}`).then((r) => r.text())).toContain("Orkhan Visible");

    for (const path of [
      `/detainees/${hidden.slug}`,
      `/ru/detainees/${hidden.slug}`,
      `/detainees/${hidden.slug}/share-image`,
      `/api/v1/detainees/${hidden.slug}`,
      `/statements/${draft.slug}`,
      `/statements/${embargoed.slug}`,
      `/statements/${publishedButFuture.slug}`,
      `/api/v1/statements/${draft.slug}`,
      `/api/v1/statements/${embargoed.slug}`,
    ]) {
      expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
    }
  } finally {
    await testDb.statement.deleteMany({
      where: { id: { in: [draft.id, embargoed.id, publishedButFuture.id, mixed.id] } },
    });
    await testDb.detainee.deleteMany({ where: { id: { in: [hidden.id, visible.id] } } });
    await testDb.organisation.delete({ where: { id: secretOrg.id } });
  }
});

test("an old slug redirects permanently to the current profile, on the page and in the API", async ({
  page,
  request,
}) => {
  const d = await createDetainee({ displayName: "Renamed Person", published: true });
  const oldSlug = uniqueSlug("old-name");
  await testDb.detaineeSlug.create({ data: { slug: oldSlug, detaineeId: d.id } });
  try {
    const response = await request.get(`/ru/detainees/${oldSlug}`, { maxRedirects: 0 });
    expect([301, 308]).toContain(response.status());
    const locations = response.headersArray().filter((h) => h.name.toLowerCase() === "location");
    expect(new Set(locations.map((h) => h.value))).toEqual(new Set([`/ru/detainees/${d.slug}`]));
    await page.goto(`/ru/detainees/${oldSlug}`);
    await expect(page).toHaveURL(new RegExp(`/ru/detainees/${d.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Renamed Person");
    const api = await request.get(`/api/v1/detainees/${oldSlug}`, { maxRedirects: 0 });
    expect(api.status()).toBe(301);
    expect(api.headers()["location"]).toMatch(new RegExp(`/api/v1/detainees/${d.slug}$`));
  } finally {
    await testDb.detainee.delete({ where: { id: d.id } });
  }
});

test("a profile carries hreflang alternates, share tags and a generated share card", async ({ request }) => {
  const html = await (await request.get("/az/detainees/rashadat-akhundov")).text();
  expect(html).toContain('hrefLang="ru" href="http://127.0.0.1');
  expect(html).toMatch(/<link rel="alternate" hrefLang="x-default" href="[^"]+\/detainees\/rashadat-akhundov"/);
  // The share card of the /az page names the person as Azerbaijani readers write the name.
  expect(html).toMatch(/<meta property="og:title" content="Rəşadət Axundov"/);
  expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
  const image = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1] ?? "missing-og-image";
  expect(image).toContain("/az/detainees/rashadat-akhundov/share-image?v=");
  const card = await request.get(new URL(image).pathname + new URL(image).search);
  expect(card.status()).toBe(200);
  expect(card.headers()["content-type"]).toBe("image/png");
  expect((await card.body()).length).toBeGreaterThan(5000);
});
