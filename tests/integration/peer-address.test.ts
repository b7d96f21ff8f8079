import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

// The preload scripts/start.ts gives the Next.js server: whatever a client sends, the
// peer header holds the address its connection came from.
const preload = pathToFileURL(path.resolve(import.meta.dirname, "../../scripts/peer-address.mjs")).href;
const server = `
  const http = require("node:http");
  const s = http.createServer((req, res) => res.end(JSON.stringify({
    peer: req.headers["x-free-voices-peer"],
    loaded: globalThis[Symbol.for("free-voices.peer-address-loaded")] === true,
  })));
  s.listen(0, "127.0.0.1", () => console.log(s.address().port));
`;

describe("scripts/peer-address.mjs", () => {
  it("replaces a client's own peer header with the socket's address", async () => {
    const child = spawn(process.execPath, ["--import", preload, "-e", server]);
    try {
      const port = await new Promise<string>((resolve) =>
        child.stdout.once("data", (chunk: Buffer) => resolve(String(chunk).trim())),
      );
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { "x-free-voices-peer": "203.0.113.66", "x-forwarded-for": "203.0.113.77" },
      });
      expect(await response.json()).toEqual({ peer: "127.0.0.1", loaded: true });
    } finally {
      child.kill();
    }
  });
});
