import type { GetStaticPaths, GetStaticProps } from "next";
import { staticPageProps, type StaticPageProps } from "@/components/site/static-page";
import { StaticPageView } from "@/components/site/static-page-view";
import { OfficeAddress, OfficePhone } from "@/components/locations/office-address";
import { OpeningHours } from "@/components/locations/opening-hours";
import { PageHeader } from "@/components/site/page-header";
import { TalkToUs } from "@/components/site/talk-to-us";
import { SmartLink } from "@/components/mdx/external-link";
import { ExampleMark } from "@/components/ui/example-mark";
import { getOffice, getOffices, getPractice, type Office } from "@/lib/content";
import { isExampleAt } from "@/lib/example-fields";
import { neighborhoodList, officeCount } from "@/lib/offices-in-words";
import { directionsUrl } from "@/lib/office-details";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { JsonLd } from "@/components/seo/json-ld";
import { officeClinicJsonLd } from "@/lib/seo/structured-data/organization";
import { officePath } from "@/lib/seo/routes";

/** Zero JavaScript: prerendered HTML and CSS only. `runtime` is there for Next's generated type check of `config`. */
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = () => ({
  paths: getOffices().map((office) => ({ params: { slug: office.slug } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<StaticPageProps, { slug: string }> = ({ params }) => {
  const office = getOffice(params?.slug ?? "");
  if (!office) return { notFound: true };
  return staticPageProps(
    <OfficePage office={office} />,
    pageMetadata({
      title: `Ketamine-assisted psychotherapy in ${office.neighborhood}`,
      description: office.description,
      path: officePath(office.slug),
    }),
  );
};

export default StaticPageView;

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="border-t border-sand-200 pt-6">
      <h2 id={id} className="text-2xl font-semibold">
        {title}
      </h2>
      <div className="mt-3 max-w-measure space-y-3">{children}</div>
    </section>
  );
}

function OfficePage({ office }: { office: Office }) {
  const practice = getPractice();
  return (
    <>
      <JsonLd data={officeClinicJsonLd(office, practice)} />
      <PageHeader
        title={`${practice.serviceName} in ${office.neighborhood}`}
        lead={office.intro}
        crumbs={[
          { name: "Home", path: "/" },
          { name: "Locations", path: "/locations" },
          { name: office.name, path: officePath(office.slug) },
        ]}
      />
      <div className="mx-auto grid max-w-page gap-10 px-4 py-10 sm:px-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-10">
          <p className="max-w-measure">
            {practice.name} offers ketamine-assisted psychotherapy in Los Angeles at {officeCount(getOffices())}, in{" "}
            {neighborhoodList(getOffices())}. This page covers the {office.neighborhood} office: how to get here, where
            to park and what happens when you arrive.
          </p>
          <Section title="Parking">
            <p>
              {office.parking}
              <ExampleMark when={isExampleAt(office, "parking")} />
            </p>
          </Section>
          <Section title="Public transit">
            <p>
              {office.transit}
              <ExampleMark when={isExampleAt(office, "transit")} />
            </p>
          </Section>
          <Section title="Building access">
            <p>
              {office.buildingAccessibility}
              <ExampleMark when={isExampleAt(office, "buildingAccessibility")} />
            </p>
          </Section>
          <Section title="When you arrive">
            <p>
              {office.arrival}
              <ExampleMark when={isExampleAt(office, "arrival")} />
            </p>
          </Section>
          {office.telehealth && (
            <Section title="Telehealth">
              <p>
                {office.telehealth}
                <ExampleMark when={isExampleAt(office, "telehealth")} />
              </p>
            </Section>
          )}
        </div>
        <aside aria-labelledby="visit-heading" className="order-first lg:order-last">
          <div className="rounded-xl border border-sand-200 bg-white p-6 shadow-sm lg:sticky lg:top-6">
            <h2 id="visit-heading" className="text-xl font-semibold">
              {office.name}
            </h2>
            <OfficeAddress office={office} className="mt-3 not-italic" />
            <p className="mt-3">
              Phone: <OfficePhone office={office} />
            </p>
            <h3 className="mt-5 font-sans text-base font-semibold text-ink">Hours</h3>
            <div className="mt-1">
              <OpeningHours hours={office.hours} />
              <ExampleMark when={isExampleAt(office, "hours")} />
              {office.hoursNote && (
                <p className="mt-2 text-sm text-ink-soft">
                  {office.hoursNote}
                  <ExampleMark when={isExampleAt(office, "hoursNote")} />
                </p>
              )}
            </div>
            <p className="mt-5">
              <SmartLink href={directionsUrl(office.address)}>Get directions</SmartLink>
            </p>
          </div>
        </aside>
      </div>
      <div className="mx-auto max-w-page px-4 sm:px-6">
        <TalkToUs heading={`Visit us in ${office.neighborhood}`} />
      </div>
    </>
  );
}
