import type { Metadata } from "next";
import { OfficeCard } from "@/components/locations/office-card";
import { PageHeader } from "@/components/site/page-header";
import { getOffices } from "@/lib/content";
import { neighborhoodList, officeCount, oneInEachArea } from "@/lib/offices-in-words";
import { pageMetadata } from "@/lib/seo/page-metadata";

const offices = getOffices();

export const metadata: Metadata = pageMetadata({
  title: `Our offices in ${neighborhoodList(offices)}`,
  description: `Ketamine-assisted psychotherapy at ${officeCount(offices)} in Los Angeles, ${neighborhoodList(offices)}: addresses, hours, parking, transit and access.`,
  path: "/locations",
});

export default function LocationsPage() {
  return (
    <>
      <PageHeader
        title="Our offices"
        lead={`We see clients in person at ${officeCount(offices)} in Los Angeles, ${oneInEachArea(offices)}. Consultations, preparation and integration can often take place by secure video; the FAQ says who can use it.`}
      />
      <div className="mx-auto max-w-page px-4 py-12 sm:px-6">
        <ul className="grid gap-6 md:grid-cols-2">
          {offices.map((office) => (
            <li key={office.slug}>
              <OfficeCard office={office} />
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
