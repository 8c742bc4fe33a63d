import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { CrisisNotice } from "@/components/site/crisis-notice";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { SkipLink } from "@/components/site/skip-link";
import { getPractice } from "@/lib/content";
import { palette } from "@/lib/palette";
import { FEED_ALTERNATE, previewRobots } from "@/lib/seo/page-metadata";
import { siteUrl } from "@/lib/seo/site-url";
import { sans, serif } from "./fonts";
import "./globals.css";

const practice = getPractice();

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: `${practice.serviceName} in Los Angeles | ${practice.name}`, template: `%s | ${practice.name}` },
  description: practice.description,
  applicationName: practice.name,
  alternates: { types: FEED_ALTERNATE },
  ...previewRobots(),
};

export const viewport: Viewport = { themeColor: palette.paper };

/** Server-only: the root layout ships no client JavaScript of ours (the mobile menu is a native dialog). */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-US" className={`${sans.variable} ${serif.variable}`}>
      <body className="flex min-h-dvh flex-col">
        <SkipLink />
        <CrisisNotice tone="band" />
        <SiteHeader />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
