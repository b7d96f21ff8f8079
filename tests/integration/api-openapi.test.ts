/**
 * The API answers what its OpenAPI document says, on a real PostgreSQL with the seeded
 * campaign: every answer parses against the schema the document was generated from,
 * every documented parameter is accepted, and every value the document rules out is
 * refused with a 400 that names the parameter.
 */
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pointPetitionCodeAt } from "../support/petition-env";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

type Handler = (
  request: NextRequest,
  context: { params: Promise<{ slug: string; file: string; date: string }> },
) => Promise<Response> | Response;
type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  pattern?: string;
};
type DocumentOperation = { operationId: string; parameters: { name: string; in: string; schema: JsonSchema }[] };

let database: TestDatabase;
let db: typeof import("@/lib/db/client").db;
let openapi: typeof import("@/lib/api/openapi-document");
let handlers: Record<string, Handler>;
let documentOperations: Map<string, DocumentOperation>;
let slugs: { detainees: string[]; statements: string[]; ledgerDays: string[] };

beforeAll(async () => {
  database = await createTestDatabase();
  pointPetitionCodeAt(database.url);
  ({ db } = await import("@/lib/db/client"));
  const { seedCampaign } = await import("../../prisma/seed");
  await seedCampaign(db);
  openapi = await import("@/lib/api/openapi-document");
  // Each documented operation and the route that serves it.
  handlers = {
    listDetainees: (await import("@/app/api/v1/detainees/route")).GET,
    getDetainee: (await import("@/app/api/v1/detainees/[slug]/route")).GET,
    getDetaineeHistory: (await import("@/app/api/v1/detainees/[slug]/history/route")).GET,
    exportDetaineesCsv: (await import("@/app/api/v1/detainees.csv/route")).GET,
    listRecentEvents: (await import("@/app/api/v1/events/route")).GET,
    listStatements: (await import("@/app/api/v1/statements/route")).GET,
    getStatement: (await import("@/app/api/v1/statements/[slug]/route")).GET,
    getNumbers: (await import("@/app/api/v1/numbers/route")).GET,
    exportNumberChartCsv: (await import("@/app/api/v1/numbers/[file]/route")).GET,
    getNumberChartSvg: (await import("@/app/api/v1/numbers/[file]/route")).GET,
    getNumberChartPng: (await import("@/app/api/v1/numbers/[file]/route")).GET,
    getPetitionLedger: (await import("@/app/api/v1/petition/ledger/route")).GET,
    getPetitionLedgerDay: (await import("@/app/api/v1/petition/ledger/[date]/route")).GET,
  };
  // A counted signature, so the ledger has a day to answer with.
  const { getCurrentPetition } = await import("@/lib/petition/get-current-petition");
  const petition = (await getCurrentPetition())!;
  const { randomBytes } = await import("node:crypto");
  await db.signature.create({
    data: {
      petitionId: petition.id,
      emailHash: new Uint8Array(randomBytes(32)),
      name: "Counted Signer",
      country: "AZ",
      consentVersion: petition.consentVersion,
      status: "CONFIRMED",
      confirmedAt: new Date(),
    },
  });
  await (await import("@/lib/petition/run-tally")).runTally();
  const document = openapi.openApiDocument("http://localhost:3000");
  documentOperations = new Map(
    Object.values(document.paths).map((item) => [
      (item.get as DocumentOperation).operationId,
      item.get as DocumentOperation,
    ]),
  );
  slugs = {
    detainees: (await db.detainee.findMany({ where: { published: true }, select: { slug: true } })).map((d) => d.slug),
    statements: (await db.statement.findMany({ where: { status: "PUBLISHED" }, select: { slug: true } })).map(
      (s) => s.slug,
    ),
    ledgerDays: [
      ...new Set(
        (await db.ledgerEntry.findMany({ select: { day: true } })).map((e) => e.day.toISOString().slice(0, 10)),
      ),
    ],
  };
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

function operation(operationId: string) {
  const op = openapi.apiOperations.find((o) => o.operationId === operationId);
  if (!op) throw new Error(`no operation ${operationId}`);
  return op;
}

async function call(operationId: string, query: Record<string, string> = {}, slug = "") {
  const op = operation(operationId);
  // One path parameter per operation: a record's slug, a chart's name ("{chart}.csv") or a ledger's day.
  const path = op.path.replace(/\{(slug|chart|date)\}/, encodeURIComponent(slug));
  const url = new URL(path, "http://localhost:3000");
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  const file = path.split("/").at(-1)!;
  return handlers[operationId]!(new NextRequest(url), { params: Promise.resolve({ slug, file, date: slug }) });
}

/** The schema the document was generated from for this operation's 200 answer. */
function okSchema(operationId: string) {
  const ok = operation(operationId).ok;
  if (!("json" in ok)) throw new Error(`${operationId} does not answer JSON`);
  return openapi.apiComponents[ok.json];
}

/** The example request of each operation: slugs for lookups, nothing for lists. */
const exampleSlug = (operationId: string) =>
  ({
    getDetainee: slugs.detainees[0]!,
    getDetaineeHistory: slugs.detainees[0]!,
    getStatement: slugs.statements[0]!,
    getPetitionLedgerDay: slugs.ledgerDays[0]!,
  })[operationId] ?? (operation(operationId).path.includes("{chart}") ? "status" : "");

function validValue(schema: JsonSchema): string {
  if (schema.enum) return String(schema.enum[0]);
  if (schema.type === "integer") return String(schema.minimum ?? 1);
  if (schema.format === "date") return "2013-01-01";
  return "a";
}

/** Values the document's schema for a parameter rules out. */
function invalidValues(schema: JsonSchema): string[] {
  const values: string[] = [];
  if (schema.enum) values.push("NOPE");
  if (schema.type === "integer") values.push("abc", "1.5");
  if (schema.minimum !== undefined) values.push(String(schema.minimum - 1));
  if (schema.maximum !== undefined) values.push(String(schema.maximum + 1));
  if (schema.format === "date") values.push("yesterday");
  if (schema.maxLength !== undefined) values.push("x".repeat(schema.maxLength + 1));
  if (schema.pattern) values.push("Not A Slug!");
  return values;
}

describe("the API and its OpenAPI document", () => {
  it("has a route for every documented operation and a document entry for every route tested here", () => {
    expect([...documentOperations.keys()].sort()).toEqual(Object.keys(handlers).sort());
  });

  it("answers every list in every language with exactly the documented shape", async () => {
    for (const operationId of ["listDetainees", "listRecentEvents", "listStatements"]) {
      for (const lang of ["en", "az", "ru"]) {
        const response = await call(operationId, { lang, limit: "100" });
        expect(response.status, operationId).toBe(200);
        const body = await response.json();
        expect(body.data.length, `${operationId} has seeded data to check`).toBeGreaterThan(0);
        const parsed = okSchema(operationId).safeParse(body);
        expect(parsed.error?.issues ?? [], `${operationId}?lang=${lang}`).toEqual([]);
      }
    }
  });

  it("answers every published profile and statement in every language with exactly the documented shape", async () => {
    const cases = [
      ...slugs.detainees.map((slug) => ["getDetainee", slug] as const),
      ...slugs.detainees.map((slug) => ["getDetaineeHistory", slug] as const),
      ...slugs.statements.map((slug) => ["getStatement", slug] as const),
    ];
    expect(cases.length).toBeGreaterThan(2);
    for (const [operationId, slug] of cases) {
      for (const lang of ["en", "az", "ru"]) {
        const response = await call(operationId, { lang }, slug);
        expect(response.status, `${operationId} ${slug}`).toBe(200);
        const parsed = okSchema(operationId).safeParse(await response.json());
        expect(parsed.error?.issues ?? [], `${operationId} ${slug}?lang=${lang}`).toEqual([]);
      }
    }
  });

  it("accepts every documented query parameter with a valid value", async () => {
    for (const [operationId, op] of documentOperations) {
      for (const parameter of op.parameters.filter((p) => p.in === "query")) {
        const response = await call(
          operationId,
          { [parameter.name]: validValue(parameter.schema) },
          exampleSlug(operationId),
        );
        expect(response.status, `${operationId} ${parameter.name}`).toBe(200);
      }
    }
  });

  it("refuses every value the document rules out, and any undocumented parameter, with a 400 naming it", async () => {
    const invalidParameters = openapi.apiComponents.InvalidParameters;
    for (const [operationId, op] of documentOperations) {
      const cases = [
        ...op.parameters
          .filter((p) => p.in === "query")
          .flatMap((p) => invalidValues(p.schema).map((value) => [p.name, value] as const)),
        ["colour", "red"] as const,
      ];
      for (const [name, value] of cases) {
        const response = await call(operationId, { [name]: value }, exampleSlug(operationId));
        const label = `${operationId} ${name}=${value.slice(0, 20)}`;
        expect(response.status, label).toBe(400);
        const body = invalidParameters.parse(await response.json());
        expect(Object.keys(body.fieldErrors), label).toEqual([name]);
      }
    }
  });

  it("answers limit=abc and status=NOPE with a 400 and a message for each field", async () => {
    const response = await call("listDetainees", { limit: "abc", status: "NOPE" });
    expect(response.status).toBe(400);
    const body = openapi.apiComponents.InvalidParameters.parse(await response.json());
    expect(body.fieldErrors).toEqual({
      limit: ["a whole number"],
      status: [expect.stringMatching(/^one of IN_DETENTION, /)],
    });
  });

  it("publishes the petition ledger and its days with exactly the documented shape, its size the public count", async () => {
    const response = await call("getPetitionLedger");
    expect(response.status).toBe(200);
    const ledger = await response.json();
    expect(okSchema("getPetitionLedger").safeParse(ledger).error?.issues ?? []).toEqual([]);
    expect(ledger.size).toBeGreaterThan(0);
    expect(ledger.size).toBe(ledger.count);
    expect(slugs.ledgerDays.length).toBeGreaterThan(0);
    for (const date of slugs.ledgerDays) {
      const day = await call("getPetitionLedgerDay", {}, date);
      expect(day.status, date).toBe(200);
      expect(okSchema("getPetitionLedgerDay").safeParse(await day.json()).error?.issues ?? [], date).toEqual([]);
    }
    const badDate = await call("getPetitionLedgerDay", {}, "yesterday");
    expect(badDate.status).toBe(400);
    expect(openapi.apiComponents.InvalidParameters.parse(await badDate.json()).fieldErrors).toEqual({
      date: ["a date, YYYY-MM-DD"],
    });
    const noDay = await call("getPetitionLedgerDay", {}, "1999-01-01");
    expect(noDay.status).toBe(404);
    expect(openapi.apiComponents.NotFound.safeParse(await noDay.json()).success).toBe(true);
  });

  it("answers an unknown slug or chart with the documented 404", async () => {
    for (const operationId of [
      "getDetainee",
      "getDetaineeHistory",
      "getStatement",
      "exportNumberChartCsv",
      "getNumberChartPng",
    ]) {
      const response = await call(operationId, {}, "nobody-by-this-slug");
      expect(response.status, operationId).toBe(404);
      expect(openapi.apiComponents.NotFound.safeParse(await response.json()).success, operationId).toBe(true);
    }
  });
});
