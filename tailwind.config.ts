import typography from "@tailwindcss/typography";
import type { Config } from "tailwindcss";

/**
 * A calm, warm palette. Every text/background pair used on the site meets WCAG 2.2 AA
 * (4.5:1 for body text); axe checks each page at two widths in the end-to-end tests.
 */
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        paper: "#fbf8f3",
        sand: { 100: "#f4ede2", 200: "#e9dfcf", 300: "#d9cab3" },
        ink: { DEFAULT: "#1f2a2c", soft: "#44514f" },
        sage: { 50: "#eef4f1", 100: "#dbe8e2", 600: "#3d6b60", 700: "#2f574e", 800: "#244740", 900: "#1a352f" },
        clay: { 100: "#f8e6dc", 700: "#9a4526", 800: "#7c3519" },
        focus: "#1d4ed8",
      },
      fontFamily: {
        sans: ["var(--font-sans)", "system-ui", "sans-serif"],
        serif: ["var(--font-serif)", "Georgia", "serif"],
      },
      maxWidth: { measure: "65ch", page: "72rem" },
      typography: {
        DEFAULT: {
          css: {
            "--tw-prose-body": "#1f2a2c",
            "--tw-prose-headings": "#1a352f",
            "--tw-prose-links": "#2f574e",
            "--tw-prose-bold": "#1f2a2c",
            "--tw-prose-bullets": "#3d6b60",
            "--tw-prose-counters": "#44514f",
            "--tw-prose-quotes": "#1f2a2c",
            "--tw-prose-th-borders": "#d9cab3",
            "--tw-prose-td-borders": "#e9dfcf",
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
