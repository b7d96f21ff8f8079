import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import "./pglite-socket-batching";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/**
 * Starts PGlite (PostgreSQL in WASM) kept in `dataDir`, served on 127.0.0.1 so the
 * app reaches it through the same `pg` driver as a real server: one code path.
 * Only one process may open the folder; this process owns it until `stop`.
 */
export async function startEmbeddedDatabase(options: { dataDir: string; port: number }): Promise<EmbeddedDatabase> {
  fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  const pglite = await PGlite.create(options.dataDir);
  const server = new PGLiteSocketServer({
    db: pglite,
    host: "127.0.0.1",
    port: options.port,
    // The default is 1: the app's pool, migrations and psql need several.
    maxConnections: 32,
  });
  try {
    await server.start();
  } catch (error) {
    await pglite.close();
    throw new Error(
      `Could not serve the embedded database on 127.0.0.1:${options.port} (${(error as Error).message}). ` +
        `Is another copy of Free Voices running? Set EMBEDDED_DB_PORT to use another port.`,
    );
  }
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await pglite.close();
    },
  };
}
