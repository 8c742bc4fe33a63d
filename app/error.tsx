"use client";

import { SiteLink } from "@/components/ui/site-link";

/**
 * Shown if a page fails while rendering. A client component by Next's rule; it stays tiny and has no
 * "try again" button, because a static page that failed will fail the same way: a fresh load is the fix.
 */
export default function ErrorPage() {
  return (
    <div className="mx-auto max-w-page px-4 py-16 sm:px-6">
      <h1 className="text-4xl font-semibold">Something went wrong on our side</h1>
      <p className="mt-4 max-w-measure text-lg">
        This page did not load properly. Please <a href="?">reload the page</a> or go to the{" "}
        <SiteLink href="/">home page</SiteLink>. If you were trying to reach us, you can also call or email us using the
        details at the bottom of this page.
      </p>
    </div>
  );
}
