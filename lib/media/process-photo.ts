import "server-only";
import sharp from "sharp";
import { imageTypeOf } from "./image-signature";

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

export type ProcessedPhoto = { status: "ok"; jpeg: Buffer } | { status: "not-an-image" } | { status: "unreadable" };

/**
 * Any accepted image becomes a JPEG at most 1200 px on its longest side, turned upright
 * and with no metadata at all: sharp writes none unless asked, so EXIF, GPS position,
 * camera serial numbers and XMP are gone. A photo's location can endanger the person
 * who took it. Files that do not start like a JPEG, PNG or WebP never reach sharp.
 */
export async function processPhoto(input: Buffer): Promise<ProcessedPhoto> {
  const type = imageTypeOf(input);
  if (!type) return { status: "not-an-image" };
  try {
    const meta = await sharp(input, { limitInputPixels: 40_000_000 }).metadata();
    if (meta.format !== type) return { status: "not-an-image" };
    const jpeg = await sharp(input, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize(1200, 1200, { fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
    return { status: "ok", jpeg };
  } catch {
    return { status: "unreadable" };
  }
}
