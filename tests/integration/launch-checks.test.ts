import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// `npm start` on the production path (DATABASE_URL set) with unsafe settings: it must stop
// before anything listens, naming each problem. The database address is a closed port:
// a launcher that got past its checks fails later, on connecting, with another message.
const root = path.resolve(import.meta.dirname, "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "fv-launch-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function start(settings: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      // The tests' build, apart from `npm start`'s (next.config.js), should a check let it start.
      NEXT_DIST_DIR: ".next-test",
      DATABASE_URL: "postgresql://nobody:nothing@127.0.0.1:9/none",
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("hex"),
      SIGNATURE_PEPPER: crypto.randomBytes(32).toString("hex"),
      DATA_ENCRYPTION_KEY: crypto.randomBytes(32).toString("hex"),
      ...settings,
    };
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: root, env });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

const privateDir = (name: string) => {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  return dir;
};

const safe = () => ({
  APP_URL: "https://freevoices.example",
  SMTP_URL: "smtps://user:pass@mail.example:465",
  DATA_DIR: privateDir(`safe-${crypto.randomUUID()}`),
});

describe("npm start on the production path", () => {
  it("refuses to listen beyond this machine without a proxy setting", async () => {
    const { code, output } = await start({ ...safe(), HOST: "0.0.0.0" });
    expect(code).not.toBe(0);
    expect(output).toContain("Unsafe configuration for production");
    expect(output).toMatch(/TRUST_PROXY_HOPS: the app would listen on 0\.0\.0\.0/);
    expect(output).not.toContain("is running at");
  });

  it("names each unsafe setting: no mail server, a plain-http address, a folder others can read", async () => {
    const dataDir = path.join(tmp, "shared");
    fs.mkdirSync(dataDir);
    fs.chmodSync(dataDir, 0o755);
    const { code, output } = await start({ APP_URL: "http://freevoices.example", DATA_DIR: dataDir });
    expect(code).not.toBe(0);
    expect(output).toMatch(/SMTP_URL: no mail server is set/);
    expect(output).toMatch(/APP_URL: the public address must be https/);
    expect(output).toMatch(new RegExp(`DATA_DIR: ${dataDir} can be read by other users`));
    // No mail sink was started to take signers' mail instead.
    expect(output).not.toContain("mail goes to a local sink");
  });

  it("creates a missing data folder private, and with safe settings goes on to the database", async () => {
    const dataDir = path.join(tmp, `fresh-${crypto.randomUUID()}`);
    const { code, output } = await start({ ...safe(), DATA_DIR: dataDir, HOST: "0.0.0.0", TRUST_PROXY_HOPS: "1" });
    expect(output).not.toContain("Unsafe configuration");
    expect(code).not.toBe(0); // the closed database port
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
  });

  it("lets the browser tests run locally only with the explicit escape, on localhost", async () => {
    const local = { APP_URL: "http://127.0.0.1:3100", DATA_DIR: privateDir("local"), SMTP_URL: "" };
    const refused = await start(local);
    expect(refused.output).toContain("Unsafe configuration");
    const allowed = await start({ ...local, ALLOW_INSECURE_LOCAL: "1" });
    expect(allowed.output).not.toContain("Unsafe configuration");
    const exposed = await start({ ...local, ALLOW_INSECURE_LOCAL: "1", APP_URL: "http://freevoices.example" });
    expect(exposed.output).toMatch(/SMTP_URL: no mail server is set/);
  });
});
