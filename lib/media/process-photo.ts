import "server-only";
import sharp from "sharp";

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/**
 * Any accepted image becomes a JPEG at most 1200 px on its longest side, turned upright
 * and with no metadata at all: sharp writes none unless asked, so EXIF, GPS position,
 * camera serial numbers and XMP are gone. A photo's location can endanger the person
 * who took it.
 */
export async function processPhoto(input: Buffer): Promise<Buffer | null> {
  try {
    const meta = await sharp(input).metadata();
    if (!meta.format || !["jpeg", "png", "webp"].includes(meta.format)) return null;
    return await sharp(input, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize(1200, 1200, { fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
  } catch {
    return null;
  }
}
