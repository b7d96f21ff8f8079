/**
 * `npx tsx scripts/generate-icons.ts`: the raster icons from public/icon.svg (the
 * one drawing; edit it, then run this and commit the output). favicon.ico holds
 * PNG images, which every current browser reads from an ICO container.
 */
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const publicDir = path.resolve(import.meta.dirname, "../public");
const svg = fs.readFileSync(path.join(publicDir, "icon.svg"));

function render(source: Buffer, size: number): Promise<Buffer> {
  return sharp(source, { density: 1200 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
}

/** An ICO file: a 6-byte header, one 16-byte directory entry per image, then the images. */
function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

async function main() {
  const sizes = [16, 32, 48];
  const images = await Promise.all(sizes.map(async (size) => ({ size, png: await render(svg, size) })));
  fs.writeFileSync(path.join(publicDir, "favicon.ico"), ico(images));
  // Apple rounds the corners itself and shows transparent ones as black: square background.
  const square = Buffer.from(svg.toString("utf8").replace(/ rx="[\d.]+"/, ""));
  fs.writeFileSync(path.join(publicDir, "apple-touch-icon.png"), await render(square, 180));
  console.log("wrote public/favicon.ico and public/apple-touch-icon.png");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
