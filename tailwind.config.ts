import typography from "@tailwindcss/typography";
import type { Config } from "tailwindcss";
import { palette } from "./lib/palette";

/** A calm, warm palette (lib/palette.ts, where its contrast rule is written). */
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: palette,
      fontFamily: {
        sans: ["var(--font-sans)", "system-ui", "sans-serif"],
        serif: ["var(--font-serif)", "Georgia", "serif"],
      },
      maxWidth: { measure: "65ch", page: "72rem" },
      typography: {
        DEFAULT: {
          css: {
            "--tw-prose-body": palette.ink.DEFAULT,
            "--tw-prose-headings": palette.sage[900],
            "--tw-prose-links": palette.sage[700],
            "--tw-prose-bold": palette.ink.DEFAULT,
            "--tw-prose-bullets": palette.sage[600],
            "--tw-prose-counters": palette.ink.soft,
            "--tw-prose-quotes": palette.ink.DEFAULT,
            "--tw-prose-th-borders": palette.sand[300],
            "--tw-prose-td-borders": palette.sand[200],
            maxWidth: "65ch",
            "h2, h3": { fontFamily: "var(--font-serif), Georgia, serif", fontWeight: "600", scrollMarginTop: "1.5rem" },
            a: { textUnderlineOffset: "0.2em", fontWeight: "500" },
          },
        },
      },
    },
  },
  plugins: [typography],
};

export default config;
