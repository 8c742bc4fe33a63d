import type { Metadata } from "next";
import type { ReactNode } from "react";

/** Staff pages: rendered per request (their CSP carries a per-request nonce), never indexed, never cached. */
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function StaffLayout({ children }: { children: ReactNode }) {
  return <div className="mx-auto max-w-page px-4 py-8 sm:px-6">{children}</div>;
}
