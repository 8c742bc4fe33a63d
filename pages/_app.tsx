import type { AppProps } from "next/app";
import "@/app/globals.css";
// The fonts' @font-face rules and variable classes: _document names the classes, but only _app's imports become CSS.
import "@/components/site/fonts";

/** The Pages Router serves the zero-JavaScript content pages; their shell comes with their HTML (static-page.tsx). */
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
