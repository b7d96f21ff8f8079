// fontverter ships no types, and @types/subset-font lags subset-font 2.9 (no
// keepFeatures): the calls scripts/fonts.ts and the font test make.
declare module "fontverter" {
  const fontverter: { convert(font: Uint8Array, format: "sfnt" | "woff" | "woff2"): Promise<Buffer> };
  export default fontverter;
}

declare module "subset-font" {
  type Axis = number | { min: number; max: number; default?: number };
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options: { targetFormat: "sfnt" | "woff" | "woff2"; variationAxes?: Record<string, Axis>; keepFeatures?: string[] },
  ): Promise<Buffer>;
}
