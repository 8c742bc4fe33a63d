/**
 * The site's colours, written only here. Tailwind's theme reads them (tailwind.config.ts, and through its `@config`
 * line app/globals.css and every class name), and so do the drawings, the share image and the browser's theme
 * colour, which cannot use class names. Every text/background pair used on the site meets WCAG 2.2 AA (4.5:1 for
 * body text); axe checks each page at two widths in the end-to-end tests, so change a value only with that check.
 */
export const palette = {
  white: "#ffffff",
  paper: "#fbf8f3",
  sand: { 100: "#f4ede2", 200: "#e9dfcf", 300: "#d9cab3" },
  ink: { DEFAULT: "#1f2a2c", soft: "#44514f" },
  sage: { 50: "#eef4f1", 100: "#dbe8e2", 600: "#3d6b60", 700: "#2f574e", 800: "#244740", 900: "#1a352f" },
  clay: { 100: "#f8e6dc", 700: "#9a4526", 800: "#7c3519" },
  focus: "#1d4ed8",
} as const;
