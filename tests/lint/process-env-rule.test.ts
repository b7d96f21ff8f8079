import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The repo's own ESLint configuration, running only the rules that keep configuration
// reads inside lib/config (env()).
const root = path.resolve(import.meta.dirname, "../..");
const rules = new Set(["no-restricted-properties", "no-restricted-imports"]);
const eslint = new ESLint({ cwd: root, ruleFilter: ({ ruleId }) => rules.has(ruleId) });

async function messagesFor(code: string, file: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe("configuration is read through env() only", () => {
  it.each([
    ["lib/example/read-secret.ts", "export const secret = process.env.NEXTAUTH_SECRET;"],
    ["app/example/page.tsx", 'export default function Page() { return process.env["APP_URL"]; }'],
    ["components/example/widget.tsx", "const { env } = process;\nexport const url = env.APP_URL;"],
    ["lib/example/imported.ts", 'import { env } from "node:process";\nexport const url = env.APP_URL;'],
  ])("refuses a direct read in %s", async (file, code) => {
    const messages = await messagesFor(code, file);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("env()");
  });

  it("allows lib/config, scripts and tests to read process.env", async () => {
    expect(await messagesFor("export const raw = process.env.DATABASE_URL;", "lib/config/example.ts")).toEqual([]);
    expect(await messagesFor("export const raw = process.env.DATABASE_URL;", "scripts/example.ts")).toEqual([]);
    expect(await messagesFor("process.env.APP_URL = 'http://x';", "lib/example/example.test.ts")).toEqual([]);
  });

  it("finds no direct read in app/, lib/, components/ or instrumentation.ts", async () => {
    const results = await eslint.lintFiles(["app", "lib", "components", "instrumentation.ts"]);
    const violations = results.flatMap((r) =>
      r.messages.map((m) => `${path.relative(root, r.filePath)}:${m.line} ${m.message}`),
    );
    expect(violations).toEqual([]);
  });
});
