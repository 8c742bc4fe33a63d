import type { ReactNode } from "react";
import { Breadcrumbs, type Crumb } from "./breadcrumbs";

/** The page's single h1, its lead sentence and, on nested pages, where it sits in the site. */
export function PageHeader({
  title,
  lead,
  crumbs,
  children,
}: {
  title: string;
  lead?: string;
  crumbs?: Crumb[];
  children?: ReactNode;
}) {
  return (
    <div className="border-b border-sand-200 bg-sand-100">
      <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-14">
        {crumbs && <Breadcrumbs crumbs={crumbs} />}
        <h1 className="max-w-3xl text-4xl font-semibold leading-tight sm:text-5xl">{title}</h1>
        {lead && <p className="mt-4 max-w-measure text-lg text-ink-soft">{lead}</p>}
        {children}
      </div>
    </div>
  );
}
