import { describe, expect, it } from "vitest";
import { mailErrorText } from "./mail-error-text";

describe("mailErrorText", () => {
  it("keeps the SMTP code and the server's words, never the recipient's address", () => {
    const refused = Object.assign(
      new Error(
        "Can't send mail - all recipients were rejected: 550 5.1.1 <Leyla.Yunus+az@example.org>: Recipient address rejected",
      ),
      { code: "EENVELOPE", responseCode: 550, command: "RCPT TO:<Leyla.Yunus+az@example.org>" },
    );
    const text = mailErrorText(refused);
    expect(text).toContain("EENVELOPE 550 RCPT");
    expect(text).toContain("Recipient address rejected");
    expect(text).not.toMatch(/leyla|example\.org/i);
  });

  it("reads anything thrown, and stays short", () => {
    expect(mailErrorText("connect ECONNREFUSED 127.0.0.1:25")).toBe("connect ECONNREFUSED 127.0.0.1:25");
    expect(mailErrorText(new Error("x".repeat(2000))).length).toBe(500);
  });
});
