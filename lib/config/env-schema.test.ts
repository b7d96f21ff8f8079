import { describe, expect, it } from "vitest";
import { parseEnv } from "./env-schema";

const valid = {
  DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/db",
  NEXTAUTH_SECRET: "a".repeat(32),
  SIGNATURE_PEPPER: "b".repeat(32),
  DATA_ENCRYPTION_KEY: "c".repeat(64),
};

describe("parseEnv", () => {
  it("accepts a complete configuration and fills in defaults", () => {
    const env = parseEnv(valid);
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.IP_HASH_RETENTION_DAYS).toBe(7);
  });

  it("names every bad variable in one message", () => {
    let message = "";
    try {
      parseEnv({ ...valid, DATABASE_URL: "mysql://x", NEXTAUTH_SECRET: "short", DATA_ENCRYPTION_KEY: undefined });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("DATABASE_URL must be a postgresql:// URL");
    expect(message).toContain("NEXTAUTH_SECRET must be at least 32 characters");
    expect(message).toContain("DATA_ENCRYPTION_KEY is required");
    expect(message).toContain(".env.example");
  });

  it("refuses an SMTP URL that is not SMTP", () => {
    expect(() => parseEnv({ ...valid, SMTP_URL: "http://mail" })).toThrow(/SMTP_URL/);
  });
});
