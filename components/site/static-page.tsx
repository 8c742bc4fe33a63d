import type { Metadata } from "next";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { palette } from "@/lib/palette";
import { headTags, type HeadTag } from "@/lib/seo/head-tags";
import { siteMetadata } from "@/lib/seo/page-metadata";
import { SiteShell } from "./site-shell";

export type StaticPageProps = { head: HeadTag[]; html: string };

/**
 * A content page for the Pages Router, rendered once at build time (getStaticProps) to HTML with the same
 * components the App Router uses. The page module ships only StaticPageView: Next strips getStaticProps and
 * everything only it imports (this file, lib/content) from the browser build, and `unstable_runtimeJS: false`
 * keeps even that script out of the HTML.
 */
export function staticPageProps(page: ReactElement, metadata: Metadata): { props: StaticPageProps } {
  return {
    props: {
      head: headTags(siteMetadata(), metadata, {
        themeColor: palette.paper,
        icon: { href: "/icon.svg", type: "image/svg+xml" },
      }),
      html: renderToStaticMarkup(<SiteShell>{page}</SiteShell>),
    },
  };
}
