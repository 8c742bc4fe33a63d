import { SiteLink } from "@/components/ui/site-link";
import type { AnchorHTMLAttributes } from "react";

/** Internal links navigate in place; links off the site open in a new tab, say so, and pass no referrer or window handle. */
export function SmartLink({ href = "", children, ...props }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  if (href.startsWith("/") || href.startsWith("#")) {
    return (
      <SiteLink href={href} {...props}>
        {children}
      </SiteLink>
    );
  }
  if (!/^https?:/.test(href)) {
    return (
      <a href={href} {...props}>
        {children}
      </a>
    );
  }
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" {...props}>
      {children}
      <svg
        aria-hidden="true"
        width="12"
        height="12"
        viewBox="0 0 12 12"
        className="ml-1 inline align-baseline"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <path d="M5 2H2v8h8V7M7 2h3v3M10 2 5.5 6.5" />
      </svg>
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
