import { PGLiteSocketHandler } from "@electric-sql/pglite-socket";

/**
 * pglite-socket queues every protocol message on its own, so with several client
 * connections the extended-protocol steps of one query (Parse, Bind, Execute, Sync)
 * interleave with another's on PGlite's single backend and fail ("bind message supplies
 * 6 parameters, but prepared statement requires 2"). This patch queues a connection's
 * messages up to and including Sync (or a simple Query) as one unit, which PGlite runs
 * in one go. Installed once, for every server in the process.
 */
const SYNC = 0x53;
const QUERY = 0x51;
const TERMINATE = 0x58;
const PROTOCOL_3 = 196608;

type Handler = {
  id: number;
  socket: import("node:net").Socket | null;
  active: boolean;
  messageBuffer: Buffer;
  pendingBatch?: Buffer;
  queryQueue: { enqueue(id: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> };
  handleSslRequest(): boolean;
  handleCancelRequest(): boolean;
};

const patched = Symbol.for("free-voices.pglite-socket-batching");
const prototype = PGLiteSocketHandler.prototype as unknown as Record<symbol | string, unknown>;

if (!prototype[patched]) {
  prototype[patched] = true;
  prototype.handleData = async function handleData(this: Handler, data: Buffer): Promise<number> {
    if (!this.socket || !this.active) return 0;
    this.messageBuffer = Buffer.concat([this.messageBuffer, data]);
    let written = 0;
    let writeError: Error | undefined;
    const send = async (message: Buffer) => {
      await this.queryQueue.enqueue(this.id, new Uint8Array(message), (out) => {
        if (out.length > 0 && this.socket?.writable && this.active) {
          this.socket.write(Buffer.from(out), (error) => {
            if (error) writeError = error;
          });
        }
        written += out.length;
      });
      if (writeError) throw writeError;
    };

    while (this.messageBuffer.length > 0) {
      if (this.handleSslRequest() || this.handleCancelRequest()) continue;
      if (this.messageBuffer.length < 5) break;
      const isStartup = this.messageBuffer.length >= 8 && this.messageBuffer.readInt32BE(4) === PROTOCOL_3;
      const length = isStartup ? this.messageBuffer.readInt32BE(0) : 1 + this.messageBuffer.readInt32BE(1);
      if (this.messageBuffer.length < length) break;
      const message = this.messageBuffer.subarray(0, length);
      this.messageBuffer = this.messageBuffer.subarray(length);
      if (!this.active || !this.socket) break;
      if (isStartup) {
        // PGlite handles the startup packet on its own, never batched with others.
        await send(Buffer.from(message));
        continue;
      }
      this.pendingBatch = this.pendingBatch ? Buffer.concat([this.pendingBatch, message]) : Buffer.from(message);
      const type = message[0];
      if (type === SYNC || type === QUERY || type === TERMINATE) {
        const batch = this.pendingBatch;
        this.pendingBatch = undefined;
        await send(batch);
      }
    }
    return written;
  };
}
