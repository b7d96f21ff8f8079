import { DetentionStatus, CaseEventType, StatementKind } from "@/lib/db/generated/enums";
import { detaineeSorts } from "@/lib/detainees/detainee-query";
import { locales } from "@/lib/i18n/routing";

const partialDate = {
  type: ["object", "null"],
  description: "A date only as precise as it is known: YYYY, YYYY-MM or YYYY-MM-DD.",
  properties: { date: { type: "string", examples: ["2013", "2013-03", "2013-03-07"] }, precision: { enum: ["DAY", "MONTH", "YEAR"] } },
  required: ["date", "precision"],
};

const lang = {
  name: "lang",
  in: "query",
  description: "Language of translatable text fields; missing translations fall back to English.",
  schema: { enum: [...locales], default: "en" },
};

const detaineeFilters = [
  { name: "q", in: "query", description: "Name, in any spelling (Latin, Azerbaijani, Cyrillic); every word must start a word of one recorded name.", schema: { type: "string", maxLength: 100 } },
  { name: "status", in: "query", schema: { enum: Object.values(DetentionStatus) } },
  { name: "affiliation", in: "query", description: "Organisation slug.", schema: { type: "string", pattern: "^[a-z0-9-]+$" } },
  { name: "occupation", in: "query", description: "Exact occupation (English), case-insensitive.", schema: { type: "string", maxLength: 200 } },
  { name: "charge", in: "query", description: "Charge description or article, case-insensitive.", schema: { type: "string", maxLength: 200 } },
  { name: "year", in: "query", description: "Year of arrest.", schema: { type: "integer", minimum: 1900, maximum: 2100 } },
  { name: "sort", in: "query", schema: { enum: [...detaineeSorts], default: "name" } },
  lang,
];

const errorResponses = {
  "400": {
    description: "A query parameter is not valid or not known. `fieldErrors` names each one.",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  },
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description = "OK") => ({ description, content: { "application/json": { schema } } });

/** OpenAPI 3.1 description of the read-only public API. Only published records appear in any answer. */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Free Voices public API",
      version: "1.0.0",
      description:
        "Read-only data on the people this campaign is about, their cases and the statements about them. Only published profiles and public fields appear. No key is needed; answers may be cached for 60 seconds.",
      license: { name: "Data: see each source; code: open source" },
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/v1/detainees": {
        get: {
          summary: "Published detainee profiles, searched, filtered and sorted",
          parameters: [
            ...detaineeFilters,
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 500, default: 100 } },
            { name: "offset", in: "query", schema: { type: "integer", minimum: 0, default: 0 } },
          ],
          responses: {
            "200": json({
              type: "object",
              properties: { total: { type: "integer" }, limit: { type: "integer" }, offset: { type: "integer" }, data: { type: "array", items: ref("DetaineeSummary") } },
            }),
            ...errorResponses,
          },
        },
      },
      "/api/v1/detainees/{slug}": {
        get: {
          summary: "One published profile with names, charges, case events, sources and statements",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }, lang],
          responses: {
            "200": json({ type: "object", properties: { data: ref("Detainee") } }),
            "301": { description: "An old slug: redirects to the current one." },
            "404": json(ref("Error"), "No published profile has this slug."),
            ...errorResponses,
          },
        },
      },
      "/api/v1/detainees.csv": {
        get: {
          summary: "Published profiles as CSV (UTF-8 with BOM), with the same filters as /api/v1/detainees",
          parameters: detaineeFilters,
          responses: { "200": { description: "CSV, one row per profile", content: { "text/csv": { schema: { type: "string" } } } }, ...errorResponses },
        },
      },
      "/api/v1/events": {
        get: {
          summary: "Recent public case events of published people, most recently changed first",
          parameters: [
            lang,
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
            { name: "since", in: "query", description: "Only events changed on or after this day.", schema: { type: "string", format: "date" } },
          ],
          responses: { "200": json({ type: "object", properties: { data: { type: "array", items: ref("Event") } } }), ...errorResponses },
        },
      },
      "/api/v1/statements": {
        get: {
          summary: "Published statements (past their embargo), newest first",
          parameters: [
            lang,
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
            { name: "offset", in: "query", schema: { type: "integer", minimum: 0, default: 0 } },
          ],
          responses: {
            "200": json({ type: "object", properties: { total: { type: "integer" }, data: { type: "array", items: ref("StatementSummary") } } }),
            ...errorResponses,
          },
        },
      },
      "/api/v1/statements/{slug}": {
        get: {
          summary: "One published statement with quotes, signatories and the people it concerns",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }, lang],
          responses: { "200": json({ type: "object", properties: { data: ref("Statement") } }), "404": json(ref("Error"), "Not found"), ...errorResponses },
        },
      },
      "/feed.xml": { get: { summary: "Atom feed of statements and case updates", responses: { "200": { description: "Atom 1.0", content: { "application/atom+xml": {} } } } } },
    },
    components: {
      schemas: {
        PartialDate: partialDate,
        Error: {
          type: "object",
          properties: {
            error: { type: "string" },
            message: { type: "string" },
            fieldErrors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
          },
          required: ["error", "message"],
        },
        DetaineeSummary: {
          type: "object",
          properties: {
            slug: { type: "string" },
            name: { type: "string" },
            status: { enum: Object.values(DetentionStatus) },
            statusCertainty: { enum: ["KNOWN", "BELIEVED"] },
            occupation: { type: ["string", "null"] },
            affiliation: { type: ["object", "null"], properties: { slug: { type: "string" }, name: { type: "string" } } },
            arrestDate: ref("PartialDate"),
            releaseDate: ref("PartialDate"),
            daysInDetention: { type: ["integer", "null"], description: "Null unless the arrest date is known to the day." },
            photo: { type: ["object", "null"], properties: { url: { type: "string" }, credit: { type: ["string", "null"] } } },
            updatedAt: { type: "string", format: "date-time" },
            url: { type: "string", format: "uri" },
            apiUrl: { type: "string", format: "uri" },
          },
        },
        Detainee: {
          allOf: [
            ref("DetaineeSummary"),
            {
              type: "object",
              properties: {
                otherNames: { type: "array", items: { type: "object", properties: { name: { type: "string" }, script: { enum: ["LATIN", "CYRILLIC", "OTHER"] }, lang: { type: ["string", "null"] } } } },
                statusConfirmedOn: ref("PartialDate"),
                bio: { type: ["string", "null"] },
                case: { type: ["object", "null"] },
                releaseType: { type: ["string", "null"] },
                placeOfDetention: { type: ["string", "null"] },
                sentence: { type: ["string", "null"] },
                charges: {
                  type: "array",
                  items: { type: "object", properties: { description: { type: "string" }, code: { type: ["string", "null"] }, article: { type: ["string", "null"] }, added: ref("PartialDate"), dropped: ref("PartialDate") } },
                },
                events: { type: "array", items: ref("Event") },
                sources: { type: "array", items: { type: "object", properties: { id: { type: "string" }, publisher: { type: "string" }, title: { type: "string" }, url: { type: ["string", "null"] }, publishedOn: ref("PartialDate") } } },
                facts: { type: "array", items: { type: "object", properties: { field: { type: "string" }, sourceId: { type: "string" }, note: { type: ["string", "null"] } } } },
                statements: { type: "array", items: { type: "object", properties: { slug: { type: "string" }, title: { type: "string" }, publishedOn: ref("PartialDate"), apiUrl: { type: "string" } } } },
              },
            },
          ],
        },
        Event: {
          type: "object",
          properties: { id: { type: "string" }, type: { enum: Object.values(CaseEventType) }, date: ref("PartialDate"), title: { type: "string" }, description: { type: ["string", "null"] } },
        },
        StatementSummary: {
          type: "object",
          properties: {
            slug: { type: "string" },
            kind: { enum: Object.values(StatementKind) },
            title: { type: "string" },
            summary: { type: ["string", "null"] },
            publishedOn: ref("PartialDate"),
            signatories: { type: "array", items: { type: "object", properties: { slug: { type: "string" }, name: { type: "string" } } } },
            url: { type: "string", format: "uri" },
            apiUrl: { type: "string", format: "uri" },
          },
        },
        Statement: {
          allOf: [
            ref("StatementSummary"),
            {
              type: "object",
              properties: {
                bodyMarkdown: { type: "string" },
                quotes: { type: "array", items: { type: "object", properties: { text: { type: "string" }, speaker: { type: "object" } } } },
                detainees: { type: "array", items: { type: "object", properties: { slug: { type: "string" }, name: { type: "string" }, status: { type: "string" } } } },
              },
            },
          ],
        },
      },
    },
  };
}
