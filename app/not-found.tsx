import type { Metadata } from "next";
import { SiteLink } from "@/components/ui/site-link";
import { PageHeader } from "@/components/site/page-header";
import { STATIC_ROUTES } from "@/lib/seo/routes";

export const metadata: Metadata = {
  title: "Page not found",
  description:
    "The page you asked for is not here. It may have moved; the links on this page lead to everything on the site.",
  robots: { index: false },
};

export default function NotFound() {
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
