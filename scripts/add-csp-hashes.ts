/**
 * Runs after `next build` (npm run build does both). Gives each prerendered page a Content-Security-Policy
 * that allows exactly its own inline scripts, by hash, and nothing else inline.
 *
 * Why here: Next bakes next.config.ts headers into .next/routes-manifest.json before it renders pages, so the
 * hashes cannot be known there; nonces would force every page to render per request. This adds one header rule
 * per page after the site-wide rule (a later rule wins), and gives the site-wide rule the 404 page's hashes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { contentSecurityPolicy, CSP_HEADER, type Header } from "../lib/security/headers";
import { inlineScriptHashes } from "../lib/security/inline-script-hashes";
import { DIST_DIR, htmlFiles, PRERENDERED_APP_DIR } from "./support/build-output";

type HeaderRule = { source: string; headers: Header[]; regex: string };

const manifestPath = path.join(DIST_DIR, "routes-manifest.json");

function routeOf(file: string): string {
  const route = `/${path
    .relative(PRERENDERED_APP_DIR, file)
    .replace(/\.html$/, "")
    .split(path.sep)
    .join("/")}`;
  return route === "/index" ? "/" : route;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const cspFor = (file: string) => contentSecurityPolicy(inlineScriptHashes(readFileSync(file, "utf8")));

const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { headers: HeaderRule[] };
const siteWide = manifest.headers.find(
  (rule) => rule.source === "/:path*" && rule.headers.some((h) => h.key === CSP_HEADER),
);
if (!siteWide)
  throw new Error(
    "next.config.ts no longer sets a site-wide Content-Security-Policy; this script expects one to refine",
  );

// Unknown addresses are answered with the prerendered 404 page: the site-wide rule carries its hashes.
const notFound = path.join(PRERENDERED_APP_DIR, "_not-found.html");
siteWide.headers = siteWide.headers.map((h) => (h.key === CSP_HEADER ? { ...h, value: cspFor(notFound) } : h));

const pages = htmlFiles().filter((file) => !path.basename(file).startsWith("_"));
const pageRules: HeaderRule[] = pages.map((file) => {
  const route = routeOf(file);
  return {
    source: route,
    headers: [{ key: CSP_HEADER, value: cspFor(file) }],
    regex: `^${route === "/" ? "" : escapeRegex(route)}(?:/)?$`,
  };
});
manifest.headers = [
  ...manifest.headers.filter((rule) => !pageRules.some((page) => page.source === rule.source)),
  ...pageRules,
];
writeFileSync(manifestPath, JSON.stringify(manifest));
console.log(`Content-Security-Policy: script hashes added for ${pageRules.length} prerendered pages and the 404 page.`);
