import { Head, Html, Main, NextScript } from "next/document";
import { sans, serif } from "@/components/site/fonts";

/** The same <html> and <body> as app/layout.tsx, for the Pages Router's content pages. */
export default function Document() {
  return (
    <Html lang="en-US" className={`${sans.variable} ${serif.variable}`}>
      <Head />
      <body className="flex min-h-dvh flex-col">
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
