import "server-only";
import { createHash } from "node:crypto";
import sharp from "sharp";

// Rasterising a chart takes ~200 ms of CPU (measured: 14 years of months, 2 cores):
// anyone can ask for the PNG, so the same drawing is rendered once per process. The key
// is the SVG itself, so new figures or a new day make a new entry; old ones fall out.
const rendered = new Map<string, Promise<Buffer>>();
const MAX_ENTRIES = 60;

/** The chart's SVG as PNG at twice its size; librsvg draws the text with the system's fonts. */
export function renderChartPng(svg: string): Promise<Buffer> {
  const key = createHash("sha256").update(svg).digest("base64url");
  let png = rendered.get(key);
  if (!png) {
    png = sharp(Buffer.from(svg), { density: 144 }).png({ compressionLevel: 9 }).toBuffer();
    png.catch(() => rendered.delete(key));
    rendered.set(key, png);
    if (rendered.size > MAX_ENTRIES) rendered.delete(rendered.keys().next().value!);
  }
  return png;
}
