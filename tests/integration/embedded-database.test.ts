import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { pointPetitionCodeAt } from "../support/petition-env";
import { freePort } from "../support/test-database";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe("embedded database", () => {
  it("keeps its data across a restart", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "fv-embedded-"));
    dirs.push(dir);
    const dataDir = path.join(dir, "nested", "pglite");

    const first = await startEmbeddedDatabase({ dataDir, port: await freePort() });
    await withClient(first.url, async (client) => {
      await client.query("CREATE TABLE kept (name text)");
      await client.query("INSERT INTO kept VALUES ('Ilkin Rustamzade')");
    });
    await first.stop();

    const second = await startEmbeddedDatabase({ dataDir, port: await freePort() });
    const rows = await withClient(second.url, (client) => client.query("SELECT name FROM kept"));
    await second.stop();
    expect(rows.rows).toEqual([{ name: "Ilkin Rustamzade" }]);
  });

  it("serves several connections at once", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "fv-embedded-"));
    dirs.push(dir);
    const database = await startEmbeddedDatabase({ dataDir: path.join(dir, "pglite"), port: await freePort() });
    try {
      const results = await Promise.all(
        Array.from({ length: 5 }, (_, i) => withClient(database.url, (c) => c.query("SELECT $1::int AS n", [i]))),
      );
      expect(results.map((r) => r.rows[0].n)).toEqual([0, 1, 2, 3, 4]);
    } finally {
      await database.stop();
    }
  });

  it("keeps concurrent parameterised queries from several connections apart", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "fv-embedded-"));
    dirs.push(dir);
    const database = await startEmbeddedDatabase({ dataDir: path.join(dir, "pglite"), port: await freePort() });
    const pool = new pg.Pool({ connectionString: database.url, max: 8 });
    try {
      // Different parameter counts: interleaved Parse/Bind steps would fail loudly.
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          i % 2 === 0
            ? pool.query("SELECT $1::int + $2::int AS n", [i, 1])
            : pool.query("SELECT $1::int + $2::int + $3::int + $4::int + $5::int + $6::int AS n", [i, 0, 0, 0, 0, 1]),
        ),
      );
      expect(results.map((r) => r.rows[0].n)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    } finally {
      await pool.end();
      await database.stop();
    }
  });

  it("takes a crowd of signatures on the newcomer's database: one per address, each with its mail", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "fv-embedded-"));
    dirs.push(dir);
    const database = await startEmbeddedDatabase({ dataDir: path.join(dir, "pglite"), port: await freePort() });
    try {
      pointPetitionCodeAt(database.url);
      const { prepareDatabase } = await import("@/lib/runtime/prepare-database");
      await prepareDatabase(database.url, () => {});
      const { signPetition } = await import("@/lib/petition/sign-petition");
      // 60 signers at once (the group commit's batches, on PGlite's single backend),
      // one of them twice in another spelling.
      const emails = [...Array.from({ length: 60 }, (_, i) => `crowd${i}@example.org`), "CROWD7@Example.org"];
      const results = await Promise.all(
        emails.map((email, i) =>
          signPetition(
            { name: "Crowd Signer", email, country: "AZ", consentVersion: "1" },
            { ip: `192.0.2.${i}`, locale: "en" },
          ),
        ),
      );
      expect(results.every((result) => result.status === "accepted")).toBe(true);
      const counts = await withClient(database.url, (client) =>
        client.query(
          `SELECT (SELECT count(*) FROM "Signature")::int AS signatures, (SELECT count(*) FROM "EmailOutbox")::int AS mails`,
        ),
      );
      expect(counts.rows[0]).toEqual({ signatures: 60, mails: 60 });
      const { pgPool } = await import("@/lib/db/pg-pool");
      await pgPool().end();
    } finally {
      await database.stop();
    }
  });

  it("explains a port that is already taken", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "fv-embedded-"));
    dirs.push(dir);
    const port = await freePort();
    const first = await startEmbeddedDatabase({ dataDir: path.join(dir, "a"), port });
    try {
      await expect(startEmbeddedDatabase({ dataDir: path.join(dir, "b"), port })).rejects.toThrow(/EMBEDDED_DB_PORT/);
    } finally {
      await first.stop();
    }
  });
});
