import { SiteLink } from "@/components/ui/site-link";
import { STATIC_ROUTES } from "@/lib/seo/routes";
import { PageHeader } from "./page-header";

/** The 404 page's text, shown for any unknown address (pages/[...missing].tsx) and by App Router notFound(). */
export function NotFoundContent() {
  return (
    <>
      <PageHeader
        title="We could not find that page"
        lead="The address may be mistyped, or the page may have moved. These links lead to everything on the site."
      />
      <div className="mx-auto max-w-page px-4 py-10 sm:px-6">
        <ul className="grid max-w-xl gap-2 sm:grid-cols-2">
          {STATIC_ROUTES.map((route) => (
            <li key={route.path}>
              <SiteLink href={route.path}>{route.label}</SiteLink>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
