import type { Metadata } from "next";

/** The icons in public/ (drawn in public/icon.svg), linked from both root layouts. */
export const siteIcons: Metadata["icons"] = {
  icon: [
    { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
    { url: "/icon.svg", type: "image/svg+xml" },
  ],
  apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
};
