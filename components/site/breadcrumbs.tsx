import { SiteLink } from "@/components/ui/site-link";
import { breadcrumbJsonLd, type Crumb } from "@/lib/seo/structured-data/breadcrumbs";
import { JsonLd } from "../seo/json-ld";

export type { Crumb };

/** Visible trail for nested pages, and the same trail as BreadcrumbList data. The last crumb is the current page. */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm">
      <JsonLd data={breadcrumbJsonLd(crumbs)} />
      <ol className="flex flex-wrap gap-x-2 text-ink-soft">
        {crumbs.map((crumb, index) => (
          <li key={crumb.path} className="flex gap-x-2">
            {index > 0 && <span aria-hidden="true">/</span>}
            {index === crumbs.length - 1 ? (
              <span aria-current="page">{crumb.name}</span>
            ) : (
              <SiteLink href={crumb.path}>{crumb.name}</SiteLink>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
