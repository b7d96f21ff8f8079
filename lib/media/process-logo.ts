import "server-only";
import sharp from "sharp";
import { imageTypeOf } from "./image-signature";

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

export type ProcessedLogo = { status: "ok"; png: Buffer } | { status: "not-an-image" } | { status: "unreadable" };

/**
 * A partner's logo, cleaned like a photo (lib/media/process-photo.ts): only JPEG, PNG or
 * WebP reach sharp, and the output carries no metadata. A PNG (logos are often
 * transparent) at most 400 × 200, which is twice the size the petition page shows.
 */
export async function processLogo(input: Buffer): Promise<ProcessedLogo> {
  const type = imageTypeOf(input);
  if (!type) return { status: "not-an-image" };
  try {
    const meta = await sharp(input, { limitInputPixels: 40_000_000 }).metadata();
    if (meta.format !== type) return { status: "not-an-image" };
    const png = await sharp(input, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize(400, 200, { fit: "inside", withoutEnlargement: true })
      .png({ compressionLevel: 9, palette: true })
      .toBuffer();
    return { status: "ok", png };
  } catch {
    return { status: "unreadable" };
  }
}
