import { OfficeAddress, OfficePhone } from "./office-address";
import { SiteLink } from "@/components/ui/site-link";
import type { Office } from "@/lib/content";
import { officePath } from "@/lib/seo/routes";

export function OfficeCard({ office, headingLevel: Heading = "h2" }: { office: Office; headingLevel?: "h2" | "h3" }) {
  return (
    <article className="relative h-full rounded-xl border border-sand-200 bg-white p-6 shadow-sm">
      <Heading className="text-xl font-semibold">
        <SiteLink href={officePath(office.slug)} className="text-sage-900 no-underline hover:underline">
          {office.name}
        </SiteLink>
      </Heading>
      <OfficeAddress office={office} className="mt-3 not-italic" />
      <p className="mt-3">
        <OfficePhone office={office} />
      </p>
      <p className="mt-4">
        <SiteLink href={officePath(office.slug)}>
          Parking, hours and arrival<span className="sr-only"> for the {office.name}</span>
        </SiteLink>
      </p>
    </article>
  );
}
