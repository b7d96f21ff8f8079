import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { imageTypeOf } from "./image-signature";

const image = (format: "jpeg" | "png" | "webp" | "gif" | "tiff") =>
  sharp({ create: { width: 4, height: 4, channels: 3, background: "#804020" } })
    .toFormat(format)
    .toBuffer();

describe("imageTypeOf", () => {
  it("knows JPEG, PNG and WebP by their first bytes", async () => {
    expect(imageTypeOf(await image("jpeg"))).toBe("jpeg");
    expect(imageTypeOf(await image("png"))).toBe("png");
    expect(imageTypeOf(await image("webp"))).toBe("webp");
  });

  it("refuses anything else, whatever it is called: other images, documents, SVG, an empty file", async () => {
    expect(imageTypeOf(await image("gif"))).toBeNull();
    expect(imageTypeOf(await image("tiff"))).toBeNull();
    expect(imageTypeOf(Buffer.from("%PDF-1.7\n"))).toBeNull();
    expect(
      imageTypeOf(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')),
    ).toBeNull();
    expect(imageTypeOf(Buffer.from("RIFF\0\0\0\0WAVEfmt "))).toBeNull();
    expect(imageTypeOf(new Uint8Array(0))).toBeNull();
  });
});
