import type { Metadata } from "next";
import { OfficeCard } from "@/components/locations/office-card";
import { PageHeader } from "@/components/site/page-header";
import { getOffices } from "@/lib/content";
import { pageMetadata } from "@/lib/seo/page-metadata";

export const metadata: Metadata = pageMetadata({
  title: "Our offices in West Los Angeles and Encino",
  description: "Ketamine-assisted psychotherapy at two Los Angeles offices, West Los Angeles and Encino: addresses, hours, parking, transit and access.",
  path: "/locations",
});

export default function LocationsPage() {
  return (
    <>
      <PageHeader
        title="Our offices"
        lead="We see clients in person at two offices in Los Angeles, one on the Westside and one in the San Fernando Valley. Consultations, preparation and integration can often take place by secure video; the FAQ says who can use it."
      />
      <div className="mx-auto max-w-page px-4 py-12 sm:px-6">
        <ul className="grid gap-6 md:grid-cols-2">
          {getOffices().map((office) => (
            <li key={office.slug}>
              <OfficeCard office={office} />
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
