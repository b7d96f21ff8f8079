import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi-document";

const redocly = path.resolve(import.meta.dirname, "../../node_modules/@redocly/cli/bin/cli.js");

type Problem = { ruleId: string; severity: string; message: string; location: { pointer?: string }[] };

/** Runs Redocly CLI's `lint` with its `recommended` ruleset on a document, as a contributor would. */
async function lint(document: object): Promise<{ totals: { errors: number; warnings: number }; problems: Problem[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), "openapi-lint-"));
  try {
    const file = path.join(dir, "openapi.json");
    await writeFile(file, JSON.stringify(document));
    // The working directory is the empty folder, so no stray redocly.yaml changes the rules.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [redocly, "lint", file, "--extends", "recommended", "--format", "json"],
      {
        cwd: dir,
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
      },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
    return JSON.parse(stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const summary = (problems: Problem[]) =>
  problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);

// Linted as production serves it: the public origin, not a development localhost
// (which the recommended ruleset rightly warns about in a published document).
const document = openApiDocument("https://freevoices.example");
type Operation = {
  operationId?: string;
  summary?: string;
  security?: unknown[];
  parameters: { name: string; in: string; description?: string }[];
  responses: Record<string, { $ref?: string }>;
};
const operations = Object.entries(document.paths).map(([p, item]) => ({ path: p, ...(item.get as Operation) }));

describe("the OpenAPI document", () => {
  it("passes Redocly's recommended ruleset with no error and no warning", async () => {
    const result = await lint(document);
    expect(summary(result.problems)).toEqual([]);
    expect(result.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  it("the linter does fail a document that breaks the rules", async () => {
    const broken = structuredClone(document) as { paths: Record<string, { get: Record<string, unknown> }> };
    delete broken.paths["/api/v1/detainees"]!.get.security;
    delete broken.paths["/api/v1/detainees"]!.get.operationId;
    const result = await lint(broken);
    expect(result.problems.map((p) => p.ruleId).sort()).toEqual(["operation-operationId", "security-defined"]);
  }, 60_000);

  it("names every operation, and marks each one public", () => {
    expect(operations.map((op) => op.operationId)).toEqual([
      "listDetainees",
      "getDetainee",
      "getDetaineeHistory",
      "exportDetaineesCsv",
      "listRecentEvents",
      "listStatements",
      "getStatement",
      "getNumbers",
      "exportNumberChartCsv",
      "getNumberChartSvg",
      "getNumberChartPng",
      "getPetitionLedger",
      "getPetitionLedgerDay",
    ]);
    for (const op of operations) {
      expect(op.summary, op.path).toBeTruthy();
      expect(op.security, op.path).toEqual([]);
    }
  });

  it("describes every parameter, the 400 with field errors on every operation, and the 404 of every lookup by slug", () => {
    for (const op of operations) {
      for (const parameter of op.parameters) expect(parameter.description, `${op.path} ${parameter.name}`).toBeTruthy();
      expect(op.responses["400"], op.path).toEqual({ $ref: "#/components/responses/InvalidParameters" });
      if (op.path.includes("{slug}"))
        expect(op.responses["404"], op.path).toEqual({ $ref: "#/components/responses/NotFound" });
    }
    const invalid = document.components.schemas.InvalidParameters as {
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(invalid.required).toContain("fieldErrors");
  });

  it("takes each query parameter, its bounds and its default from the schema that validates it", () => {
    const list = operations.find((op) => op.operationId === "listDetainees")!;
    const parameter = (name: string) =>
      list.parameters.find((p) => p.name === name) as unknown as { schema: Record<string, unknown> };
    expect(list.parameters.map((p) => p.name)).toEqual([
      "q",
      "status",
      "affiliation",
      "occupation",
      "charge",
      "year",
      "sort",
      "lang",
      "limit",
      "offset",
    ]);
    expect(parameter("limit").schema).toEqual({ type: "integer", minimum: 1, maximum: 500, default: 100 });
    expect(parameter("year").schema).toEqual({ type: "integer", minimum: 1900, maximum: 2100 });
    expect(parameter("lang").schema).toEqual({ type: "string", enum: ["en", "az", "ru"], default: "en" });
  });
});
