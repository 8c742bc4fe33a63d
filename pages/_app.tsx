import type { AppProps } from "next/app";
import "@/app/globals.css";

/** The Pages Router serves the zero-JavaScript content pages; their shell comes with their HTML (static-page.tsx). */
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
