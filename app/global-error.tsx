"use client";

import { CrisisNotice } from "@/components/site/crisis-notice";

/**
 * Shown in place of everything, the root layout included, if the layout itself fails; so it brings its own
 * <html> and <body>, and the crisis line that the layout would have shown. Plain on purpose: it must work
 * when little else does, and a fresh load is the fix, so there is no "try again" button.
 */
export default function GlobalError() {
  return (
    <html lang="en-US">
      <head>
        <title>Something went wrong on our side</title>
      </head>
      <body>
        <CrisisNotice tone="band" />
        <main className="mx-auto max-w-page px-4 py-16 sm:px-6">
          <h1 className="text-4xl font-semibold">Something went wrong on our side</h1>
          <p className="mt-4 max-w-measure text-lg">
            This page did not load properly. Please <a href="?">reload the page</a> or go to the{" "}
            <a href="/">home page</a>. If you were trying to reach us, please try again in a few minutes.
          </p>
        </main>
      </body>
    </html>
  );
}
