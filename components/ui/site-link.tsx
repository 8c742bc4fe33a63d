import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * Every internal link on the site. It never prefetches: a page makes no request the visitor did not ask for.
 * Next's prefetch fetched every header route while someone answered the self-check, which promises no requests.
 */
export function SiteLink(props: Omit<ComponentProps<typeof Link>, "prefetch">) {
  return <Link {...props} prefetch={false} />;
}
