import type { NextConfig } from "next";
import { loadGeneratedContent } from "./lib/content-build/generated-content";
import { articleRedirects } from "./lib/seo/article-redirects";
import { CONTACT_BODY_LIMIT_BYTES } from "./lib/contact/limits";
import { isExamplePreview } from "./lib/example-preview";
import { ARRIVED_OVER_HTTPS, securityHeaders, STRICT_TRANSPORT_SECURITY } from "./lib/security/headers";
import { configuredSiteUrl, LOCAL_SITE_URL } from "./lib/seo/site-url";
import { sourceFingerprint } from "./lib/build-check.mjs";

const isDev = process.env.NODE_ENV === "development";

if (process.argv.includes("build") && !configuredSiteUrl()) {
  console.warn(
    `\n⚠ SITE_URL is not set: canonical addresses, share images, the sitemap and the feed will point to ${LOCAL_SITE_URL}.\n  Build for production with SITE_URL=https://your-domain npm run build\n`,
  );
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // An ETag is a hash Next computes in JavaScript over every character of a page, on every request: the largest
  // cost of serving an article after gzip (docs/decisions/004-etags-off.md). The HTML is small and the assets
  // under /_next/static keep their own validators, so a revisit downloads the page again instead.
  generateEtags: false,
  // The build's ID is the fingerprint of its inputs, so that server.mjs can refuse a build the files have moved past.
  generateBuildId: () => sourceFingerprint(),
  reactStrictMode: true,
  // better-sqlite3 is a native module: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  experimental: { serverActions: { bodySizeLimit: CONTACT_BODY_LIMIT_BYTES } },
  async redirects() {
    // `npm run build` builds the content (content-collections build) before `next build`: every redirectFrom is known.
    const { allArticles } = await loadGeneratedContent();
    return articleRedirects(allArticles);
  },
  async headers() {
    // Site-wide, no script runs (the content pages have none); proxy.ts gives the interactive routes a nonce policy.
    // `next dev` injects inline and eval'd scripts for hot reload; the strict policy applies to builds.
    const headers = isDev
      ? securityHeaders().filter((header) => header.key !== "Content-Security-Policy")
      : securityHeaders();
    // A preview showing example values keeps every response, pages, feed and images alike, out of search engines.
    const preview = isExamplePreview() ? [{ key: "X-Robots-Tag", value: "noindex, nofollow" }] : [];
    return [
      { source: "/:path*", headers: [...headers, ...preview] },
      { source: "/:path*", has: [ARRIVED_OVER_HTTPS], headers: [STRICT_TRANSPORT_SECURITY] },
    ];
  },
};

export default nextConfig;
