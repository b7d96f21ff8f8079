import "server-only";
import { z } from "zod";
import {
  apiDetaineeCsvSchema,
  apiDetaineeListSchema,
  apiEventListSchema,
  apiLangSchema,
  apiNoQuerySchema,
  apiStatementListSchema,
} from "@/lib/api/api-query";
import { apiInvalidParametersSchema, apiNotFoundSchema } from "@/lib/api/api-response";
import {
  detaineeEventSchema,
  detaineeListResponseSchema,
  detaineeProfileSchema,
  detaineeResponseSchema,
  detaineeSummarySchema,
  partialDateSchema,
} from "@/lib/api/public-detainee";
import { eventListResponseSchema, recentEventSchema } from "@/lib/api/public-event";
import { numberChartSchema, numbersResponseSchema } from "@/lib/api/public-numbers";
import { numberChartIds } from "@/lib/numbers/number-chart-ids";
import { historyEntrySchema, historyResponseSchema, historyValueSchema } from "@/lib/api/public-history";
import {
  statementListResponseSchema,
  statementResponseSchema,
  statementSchema,
  statementSummarySchema,
} from "@/lib/api/public-statement";
import {
  ledgerDayPathSchema,
  ledgerDaySummarySchema,
  petitionLedgerDaySchema,
  petitionLedgerSchema,
} from "@/lib/api/public-ledger";

/*
 * The OpenAPI document is generated from the zod schemas that validate each
 * operation's query (lib/api/api-query.ts) and that type its answers (lib/api/public-*.ts),
 * so it cannot say something the API does not do. Only the operation list, their
 * summaries and the status codes are written here.
 */

type JsonSchema = Record<string, unknown>;

// Named schemas, emitted under components.schemas; any use of one of these inside
// another becomes a $ref.
export const apiComponents = {
  PartialDate: partialDateSchema,
  DetaineeSummary: detaineeSummarySchema,
  Detainee: detaineeProfileSchema,
  DetaineeEvent: detaineeEventSchema,
  DetaineeList: detaineeListResponseSchema,
  DetaineeResponse: detaineeResponseSchema,
  HistoryValue: historyValueSchema,
  HistoryEntry: historyEntrySchema,
  HistoryResponse: historyResponseSchema,
  RecentEvent: recentEventSchema,
  EventList: eventListResponseSchema,
  StatementSummary: statementSummarySchema,
  Statement: statementSchema,
  StatementList: statementListResponseSchema,
  StatementResponse: statementResponseSchema,
  NumberChart: numberChartSchema,
  Numbers: numbersResponseSchema,
  PetitionLedgerDaySummary: ledgerDaySummarySchema,
  PetitionLedger: petitionLedgerSchema,
  PetitionLedgerDay: petitionLedgerDaySchema,
  InvalidParameters: apiInvalidParametersSchema,
  NotFound: apiNotFoundSchema,
} satisfies Record<string, z.ZodType>;

type ComponentName = keyof typeof apiComponents;

const slugParameter = z.string().min(1).meta({ description: "The record's slug, as in its public URL." });
const chartParameters = z.object({
  chart: z.enum(numberChartIds).meta({ description: "Which chart of the numbers page." }),
});

export type ApiOperation = {
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: "Detainees" | "Events" | "Statements" | "Numbers" | "Petition";
  query?: z.ZodObject;
  pathParameters?: z.ZodObject;
  ok: { json: ComponentName } | { mediaType: string; description: string };
  redirects?: boolean;
  notFound?: boolean;
};

/**
 * Every public operation. The route handler of each parses its query with `query`.
 * The Atom feed (/feed.xml) is not here: it is not part of the JSON API, and pages
 * announce it with <link rel="alternate">.
 */
export const apiOperations: ApiOperation[] = [
  {
    path: "/api/v1/detainees",
    operationId: "listDetainees",
    summary: "List published profiles",
    description: "Published detainee profiles, searched, filtered, sorted and paged.",
    tag: "Detainees",
    query: apiDetaineeListSchema,
    ok: { json: "DetaineeList" },
  },
  {
    path: "/api/v1/detainees/{slug}",
    operationId: "getDetainee",
    summary: "Get one published profile",
    description: "One published profile with names, charges, case events, sources and statements.",
    tag: "Detainees",
    query: apiLangSchema,
    pathParameters: z.object({ slug: slugParameter }),
    ok: { json: "DetaineeResponse" },
    redirects: true,
    notFound: true,
  },
  {
    path: "/api/v1/detainees/{slug}/history",
    operationId: "getDetaineeHistory",
    summary: "Get a published profile's change history",
    description:
      "Every change to a public fact of the profile since it was published, newest first: old and new value, kind (update or correction), the editors' public note and its source. Never who made it.",
    tag: "Detainees",
    query: apiLangSchema,
    pathParameters: z.object({ slug: slugParameter }),
    ok: { json: "HistoryResponse" },
    redirects: true,
    notFound: true,
  },
  {
    path: "/api/v1/detainees.csv",
    operationId: "exportDetaineesCsv",
    summary: "Export published profiles as CSV",
    description: "Published profiles as CSV (UTF-8 with BOM), with the same filters as `listDetainees`.",
    tag: "Detainees",
    query: apiDetaineeCsvSchema,
    ok: {
      mediaType: "text/csv",
      description: "CSV, one row per profile; cells a spreadsheet would run as formulas are neutralised.",
    },
  },
  {
    path: "/api/v1/events",
    operationId: "listRecentEvents",
    summary: "List recent case events",
    description: "Public case events of published people, most recently changed first.",
    tag: "Events",
    query: apiEventListSchema,
    ok: { json: "EventList" },
  },
  {
    path: "/api/v1/statements",
    operationId: "listStatements",
    summary: "List published statements",
    description: "Published statements past their embargo, newest first.",
    tag: "Statements",
    query: apiStatementListSchema,
    ok: { json: "StatementList" },
  },
  {
    path: "/api/v1/statements/{slug}",
    operationId: "getStatement",
    summary: "Get one published statement",
    description: "One published statement with quotes, signatories and the published people it concerns.",
    tag: "Statements",
    query: apiLangSchema,
    pathParameters: z.object({ slug: slugParameter }),
    ok: { json: "StatementResponse" },
    notFound: true,
  },
  {
    path: "/api/v1/numbers",
    operationId: "getNumbers",
    summary: "Get the campaign in figures",
    description:
      "Every chart of the numbers page, counted from published profiles: people by status, arrests and releases per month, by affiliation, by occupation, time in detention.",
    tag: "Numbers",
    query: apiLangSchema,
    ok: { json: "Numbers" },
  },
  {
    path: "/api/v1/numbers/{chart}.csv",
    operationId: "exportNumberChartCsv",
    summary: "Export one chart's numbers as CSV",
    description: "The rows of one chart, as its table on the numbers page shows them (UTF-8 with BOM).",
    tag: "Numbers",
    query: apiLangSchema,
    pathParameters: chartParameters,
    ok: {
      mediaType: "text/csv",
      description: "CSV, one row per bar; cells a spreadsheet would run as formulas are neutralised.",
    },
    notFound: true,
  },
  {
    path: "/api/v1/numbers/{chart}.svg",
    operationId: "getNumberChartSvg",
    summary: "Get one chart as an SVG image",
    description: "The chart with its title, date and source line drawn in; the address is stable for embedding.",
    tag: "Numbers",
    query: apiLangSchema,
    pathParameters: chartParameters,
    ok: { mediaType: "image/svg+xml", description: "SVG image." },
    notFound: true,
  },
  {
    path: "/api/v1/numbers/{chart}.png",
    operationId: "getNumberChartPng",
    summary: "Get one chart as a PNG image",
    description: "The SVG chart rendered at twice its size, with its title, date and source line.",
    tag: "Numbers",
    query: apiLangSchema,
    pathParameters: chartParameters,
    ok: { mediaType: "image/png", description: "PNG image." },
    notFound: true,
  },
  {
    path: "/api/v1/petition/ledger",
    operationId: "getPetitionLedger",
    summary: "Get the petition's public ledger",
    description:
      "One entry per UTC day: how many receipt commitments entered the count and how many a correction removed, with RFC 6962 Merkle roots chained day to day. `size` equals the public `count`. The scheme: docs/decisions/017-petition-ledger.md in the source.",
    tag: "Petition",
    query: apiNoQuerySchema,
    ok: { json: "PetitionLedger" },
    notFound: true,
  },
  {
    path: "/api/v1/petition/ledger/{date}",
    operationId: "getPetitionLedgerDay",
    summary: "Get one day of the petition's ledger",
    description:
      "The day's commitments (SHA-256 of each receipt), those added and those removed, sorted, to recompute its roots. Never a name, an email, an IP hash or a signature id.",
    tag: "Petition",
    query: apiNoQuerySchema,
    pathParameters: ledgerDayPathSchema,
    ok: { json: "PetitionLedgerDay" },
    notFound: true,
  },
];

const tags = [
  { name: "Detainees", description: "Published profiles of the people this campaign is about." },
  { name: "Events", description: "Dated events in their cases." },
  { name: "Statements", description: "Statements and quotes about them." },
  { name: "Numbers", description: "The campaign in figures: counts, their CSV and chart images." },
  { name: "Petition", description: "The petition's count, as a ledger anyone can audit." },
];

/**
 * Leaves out what zod adds for its own checks but says nothing to a reader: a regular
 * expression next to a `format` that means the same, and integer bounds that are only
 * JavaScript's safe-integer range.
 */
function tidy({ jsonSchema }: { jsonSchema: JsonSchema }) {
  if (typeof jsonSchema.format === "string" && typeof jsonSchema.pattern === "string") delete jsonSchema.pattern;
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
}

const componentRef = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });

function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(apiComponents)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, override: tidy });
  if ("__shared" in schemas)
    throw new Error("A schema with a global `id` was found; name it in `apiComponents` instead.");
  // $id and $schema are JSON Schema document headers: inside an OpenAPI 3.1 document
  // the dialect is implied and the component's name is its address.
  for (const schema of Object.values(schemas)) {
    delete schema.$id;
    delete schema.$schema;
  }
  return schemas;
}

/** One parameter per property of a zod object, with the description and default the schema carries. */
function parameters(schema: z.ZodObject | undefined, location: "query" | "path") {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: "input", override: tidy }) as {
    properties: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties).map(([name, { description, ...property }]) => ({
    name,
    in: location,
    description,
    required: location === "path" || (json.required ?? []).includes(name),
    schema: property,
  }));
}

function operationObject(op: ApiOperation) {
  const ok =
    "json" in op.ok
      ? { description: "OK", content: { "application/json": { schema: componentRef(op.ok.json) } } }
      : { description: op.ok.description, content: { [op.ok.mediaType]: { schema: { type: "string" } } } };
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: [op.tag],
    // Public data: no key, no sign-in.
    security: [],
    parameters: [...parameters(op.pathParameters, "path"), ...parameters(op.query, "query")],
    responses: {
      "200": ok,
      ...(op.redirects
        ? { "301": { description: "An old slug: redirects permanently to the current one, keeping the query." } }
        : {}),
      ...(op.query ? { "400": { $ref: "#/components/responses/InvalidParameters" } } : {}),
      ...(op.notFound ? { "404": { $ref: "#/components/responses/NotFound" } } : {}),
    },
  };
}

/** OpenAPI 3.1 description of the read-only public API. Only published records appear in any answer. */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Free Voices public API",
      version: "1.0.0",
      description:
        "Read-only data on the people this campaign is about, their cases and the statements about them. Only published profiles and public fields appear. No key is needed; answers may be cached for 60 seconds.",
      // The press page says how to cite the data and under which licence each photo is.
      license: { name: "Data: see each source; code: open source", url: `${serverUrl}/press` },
    },
    servers: [{ url: serverUrl }],
    tags,
    paths: Object.fromEntries(apiOperations.map((op) => [op.path, { get: operationObject(op) }])),
    components: {
      schemas: componentSchemas(),
      responses: {
        InvalidParameters: {
          description:
            "A query parameter is not valid, or is not one this operation knows. `fieldErrors` names each one.",
          content: { "application/json": { schema: componentRef("InvalidParameters") } },
        },
        NotFound: {
          description: "No published record has this slug, or no chart has this name.",
          content: { "application/json": { schema: componentRef("NotFound") } },
        },
      },
    },
  };
}
