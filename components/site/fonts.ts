import localFont from "next/font/local";

/*
 * Self-hosted from @fontsource-variable: no request to any font service, ever.
 * Measured with Lighthouse (mobile, home page): preloading both fonts pushed the largest paint from about
 * 1.9 s to 2.8 s, and `display: swap` shifted the layout when the font arrived (CLS 0.12). So: no preload, and
 * `optional`: text paints at once; the web font is used as soon as it is cached (the next page, or at once on
 * a fast connection), and the page never jumps.
 */
export const sans = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-sans",
  weight: "100 900",
  display: "optional",
  preload: false,
});

export const serif = localFont({
  src: "../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2",
  variable: "--font-serif",
  weight: "200 900",
  display: "optional",
  preload: false,
  adjustFontFallback: "Times New Roman",
});
