import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { sans, serif } from "@/components/site/fonts";
import { SiteShell } from "@/components/site/site-shell";
import { palette } from "@/lib/palette";
import { siteMetadata } from "@/lib/seo/page-metadata";
import "./globals.css";

export const metadata: Metadata = siteMetadata();

export const viewport: Viewport = { themeColor: palette.paper };

/**
 * The interactive routes' layout (contact, candidacy, staff). The content pages live in pages/ without
 * JavaScript and render the same SiteShell (components/site/static-page.tsx) and the same <html>/<body> (pages/_document.tsx).
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-US" className={`${sans.variable} ${serif.variable}`}>
      <body className="flex min-h-dvh flex-col">
        <SiteShell>{children}</SiteShell>
      </body>
    </html>
  );
}
