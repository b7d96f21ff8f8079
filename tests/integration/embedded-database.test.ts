import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
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
