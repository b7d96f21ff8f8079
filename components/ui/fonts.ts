import localFont from "next/font/local";

// Inter served from our own origin (no font CDN). One face per script with its
// unicode-range, each cut down by `npm run fonts` (scripts/fonts.ts) to the characters
// of English, Azerbaijani and Russian and the weights 400-700: 40 KB instead of 151 KB.
// Paths must be string literals: next/font reads them at build time.
export const interLatin = localFont({
  src: "./fonts/inter-latin-subset.woff2",
  variable: "--font-inter-latin",
  display: "swap",
  weight: "400 700",
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
});

export const interLatinExt = localFont({
  src: "./fonts/inter-latin-ext-subset.woff2",
  variable: "--font-inter-latin-ext",
  display: "swap",
  weight: "400 700",
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF",
    },
  ],
});

export const interCyrillic = localFont({
  src: "./fonts/inter-cyrillic-subset.woff2",
  variable: "--font-inter-cyrillic",
  display: "swap",
  weight: "400 700",
  declarations: [{ prop: "unicode-range", value: "U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116" }],
});

export const fontVariables = [interLatin.variable, interLatinExt.variable, interCyrillic.variable].join(" ");
