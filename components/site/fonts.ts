import localFont from "next/font/local";

/*
 * Self-hosted from @fontsource-variable: no request to any font service, ever.
 * No preload and `display: "optional"` (docs/decisions/005-fonts-display-optional.md): a preload puts both files on the way to the first paint,
 * and `swap` moves the text when the font arrives. With `optional` the browser waits briefly (at most about 100 ms)
 * for the font, else paints with the fallback and keeps it on this page; the next page uses the cached font. The
 * text never jumps.
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
