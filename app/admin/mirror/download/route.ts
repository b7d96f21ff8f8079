import fs from "node:fs";
import { Readable } from "node:stream";
import { authoriseRouteRequest } from "@/lib/auth/session";
import { getLatestMirror } from "@/lib/mirror/get-latest-mirror";

/** The latest static mirror as a zip, for staff to hand to supporters who host copies. */
export async function GET(request: Request) {
  const staff = await authoriseRouteRequest(request);
  if (staff instanceof Response) return staff;
  const mirror = getLatestMirror(staff);
  if (!mirror) {
    return Response.json(
      { error: "No mirror has been built yet. It is built a few minutes after the server starts." },
      { status: 404, headers: { "Cache-Control": "no-store" } },
    );
  }
  const day = mirror.madeAt.toISOString().slice(0, 10);
  return new Response(Readable.toWeb(fs.createReadStream(mirror.zipPath)) as ReadableStream, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Length": String(mirror.bytes),
      "Content-Disposition": `attachment; filename="free-voices-mirror-${day}.zip"`,
      "Cache-Control": "no-store",
    },
  });
}
