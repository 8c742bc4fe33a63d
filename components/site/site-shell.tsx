import type { ReactNode } from "react";
import { CrisisNotice } from "./crisis-notice";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { SkipLink } from "./skip-link";

/**
 * Everything around a page's own content, for both routers: the App Router's root layout and the Pages Router's
 * zero-JavaScript content pages render this one component inside <body>.
 */
export function SiteShell({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <CrisisNotice tone="band" />
      <SiteHeader />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
