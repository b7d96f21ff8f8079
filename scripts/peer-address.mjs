// Loaded into the Next.js server process by scripts/start.ts (`node --import`): Next's
// route handlers never see the socket, so the address the TCP connection came from is
// written into a request header here, replacing any copy a client sent. lib/http/client-ip.ts
// trusts that header only when this module has marked the process as loaded, so running
// `next start` without it can never make a client's own header count as its address.
import http from "node:http";

// Keep in step with lib/http/client-ip.ts.
const PEER_HEADER = "x-free-voices-peer";
const LOADED = Symbol.for("free-voices.peer-address-loaded");

const createServer = http.createServer;
http.createServer = function createServerWithPeerAddress(...args) {
  const at = args.findIndex((arg) => typeof arg === "function");
  if (at >= 0) {
    const listener = args[at];
    args[at] = function (request, response) {
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
      return listener.call(this, request, response);
    };
  }
  return createServer.apply(this, args);
};
globalThis[LOADED] = true;
