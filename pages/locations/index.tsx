import { staticPageProps } from "@/components/site/static-page";
import { StaticPageView } from "@/components/site/static-page-view";
import { OfficeCard } from "@/components/locations/office-card";
import { PageHeader } from "@/components/site/page-header";
import { getOffices } from "@/lib/content";
import { neighborhoodList, officeCount, oneInEachArea } from "@/lib/offices-in-words";
import { pageMetadata } from "@/lib/seo/page-metadata";

function LocationsPage() {
  const offices = getOffices();
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

/** Zero JavaScript: prerendered HTML and CSS only. `runtime` is there for Next's generated type check of `config`. */
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export function getStaticProps() {
  const offices = getOffices();
  return staticPageProps(
    <LocationsPage />,
    pageMetadata({
      title: `Our offices in ${neighborhoodList(offices)}`,
      description: `Ketamine-assisted psychotherapy at ${officeCount(offices)} in Los Angeles, ${neighborhoodList(offices)}: addresses, hours, parking, transit and access.`,
      path: "/locations",
    }),
  );
}

export default StaticPageView;
