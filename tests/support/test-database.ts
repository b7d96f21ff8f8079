import { randomBytes } from "node:crypto";
import net from "node:net";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import "../../lib/db/pglite-socket-batching";
import { applyMigrations } from "../../scripts/db/migrate";

export type TestDatabase = {
  url: string;
  drop: () => Promise<void>;
  /** Cuts every client connection, as a database restart does (data is kept). Returns how many were cut. */
  dropConnections: () => Promise<number>;
};

/** The PostgreSQL server tests run against, when one is given. */
export const testServerUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/**
 * A fresh, empty database of its own for one test file: a new database on the test
 * server (TEST_DATABASE_URL or DATABASE_URL), or, with no server given, an in-memory
 * embedded database on a free port. Either way the test talks PostgreSQL over TCP.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const database = testServerUrl ? await createServerDatabase(testServerUrl) : await createEmbeddedDatabase();
  if (options.migrate !== false) await applyMigrations(database.url);
  return database;
}

async function createServerDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `fv_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dropConnections: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      const { rowCount } = await client.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
        [name],
      );
      await client.end();
      return rowCount ?? 0;
    },
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        // FORCE ends our own connections. An autovacuum worker belongs to the
        // superuser, and a role without superuser rights (as in CI) cannot end it:
        // wait until it has finished with the database, which takes moments.
        for (let attempt = 0; ; attempt++) {
          try {
            await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
            return;
          } catch (error) {
            const code = (error as { code?: string }).code;
            if ((code !== "42501" && code !== "55006") || attempt >= 100) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      } finally {
        await client.end();
      }
    },
  };
}

async function createEmbeddedDatabase(): Promise<TestDatabase> {
  const pglite = await PGlite.create();
  const port = await freePort();
  const serve = async () => {
    const socketServer = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port, maxConnections: 16 });
    await socketServer.start();
    return socketServer;
  };
  let server = await serve();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    dropConnections: async () => {
      // The embedded database's "restart": its socket server goes away and comes back.
      await server.stop();
      server = await serve();
      return 1;
    },
    drop: async () => {
      await server.stop();
      await pglite.close();
    },
  };
}
