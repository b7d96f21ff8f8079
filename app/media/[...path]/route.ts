import fs from "node:fs/promises";
import { resolveUploadPath } from "@/lib/media/uploads-dir";

const TYPES: Record<string, string> = { jpg: "image/jpeg", webp: "image/webp", png: "image/png" };

/** Uploaded photos. Names are random and never reused, so they can be cached for good. */
export async function GET(_: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path: segments } = await params;
  const file = resolveUploadPath(segments);
  if (!file) return new Response("Not found", { status: 404 });
  const body = await fs.readFile(file).catch(() => null);
  if (!body) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": TYPES[file.split(".").pop() ?? ""] ?? "application/octet-stream",
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
