import { afterEach, describe, expect, it } from "vitest";
import { checkEnv, env } from "./env";

const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

describe("env()", () => {
  it("reads one variable without needing the others, with the schema's default", () => {
    delete process.env.NEXTAUTH_SECRET;
    delete process.env.DATABASE_POOL_SIZE;
    expect(env().DATABASE_POOL_SIZE).toBe(10);
    process.env.DATABASE_POOL_SIZE = "25";
    expect(env().DATABASE_POOL_SIZE).toBe(25);
  });

  it("refuses a bad value, naming the variable", () => {
    process.env.DATABASE_POOL_SIZE = "lots";
    expect(() => env().DATABASE_POOL_SIZE).toThrow(/DATABASE_POOL_SIZE/);
  });

  it("checkEnv names every missing secret at once", () => {
    delete process.env.NEXTAUTH_SECRET;
    delete process.env.SIGNATURE_PEPPER;
    expect(() => checkEnv()).toThrow(/NEXTAUTH_SECRET[\s\S]*SIGNATURE_PEPPER/);
  });

  it("no longer offers REVALIDATE_SECONDS, which no route could honour", () => {
    expect(Object.keys(env())).not.toContain("REVALIDATE_SECONDS");
    expect(Object.keys(env())).toContain("DATABASE_POOL_SIZE");
  });
});
