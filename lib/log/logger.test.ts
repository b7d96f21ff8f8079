import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { loggerOptions } from "./logger";
import { runWithRequestId } from "./request-context";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: pino(loggerOptions(), stream), text: () => lines.join("") };
}

describe("the app's logger", () => {
  it("writes no email, name, address, token, password, code or cookie even when code passes them", () => {
    const { log, text } = capture();
    log.error(
      {
        email: "khadija.ismayilova@example.org",
        name: "Khadija Ismayilova",
        ip: "203.0.113.77",
        token: "confirm-token-abc123",
        password: "correct horse battery staple",
        code: "492817",
        signer: { email: "nested@example.org", name: "Nested Name", ip: "198.51.100.9" },
        headers: { cookie: "next-auth.session-token=secret-cookie", "x-forwarded-for": "192.0.2.44" },
        req: { headers: { authorization: "Bearer metrics-secret" } },
      },
      "signing failed",
    );
    const line = text();
    for (const secret of [
      "khadija",
      "Khadija Ismayilova",
      "203.0.113.77",
      "confirm-token-abc123",
      "correct horse",
      "492817",
      "nested@example.org",
      "Nested Name",
      "198.51.100.9",
      "secret-cookie",
      "192.0.2.44",
      "metrics-secret",
    ]) {
      expect(line).not.toContain(secret);
    }
    // Still one JSON object that says what happened.
    expect(JSON.parse(line)).toMatchObject({ level: "error", msg: "signing failed", email: "[redacted]" });
  });

  it("stamps every line written while serving a request with that request's id", () => {
    const { log, text } = capture();
    runWithRequestId("req-7f3a9c2e", () => log.info("inside"));
    log.info("outside");
    const [inside, outside] = text()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(inside.requestId).toBe("req-7f3a9c2e");
    expect(outside.requestId).toBeUndefined();
  });
});
