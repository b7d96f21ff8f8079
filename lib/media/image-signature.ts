export type ImageType = "jpeg" | "png" | "webp";

/**
 * The image type a file's first bytes announce, or null. Checked before the image
 * library sees the file, so only the three formats we serve reach its decoders (each
 * decoder is attack surface), whatever the file's name or declared type says.
 */
export function imageTypeOf(bytes: Uint8Array): ImageType | null {
  const starts = (signature: number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);
  if (starts([0xff, 0xd8, 0xff])) return "jpeg";
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  // "RIFF", four bytes of length, "WEBP".
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  return null;
}
