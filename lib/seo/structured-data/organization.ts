import type { MedicalBusiness, MedicalClinic, OpeningHoursSpecification, PostalAddress, WithContext } from "schema-dts";
import type { Office } from "../../content";
import type { PracticeData } from "../../content-schema/practice";
import { isExampleField } from "../../example-fields";
import { officePath } from "../routes";
import { absoluteUrl } from "../site-url";

/** Stable identifiers, so office pages can point at the practice and the practice at its offices. */
export const practiceId = () => `${absoluteUrl("/")}#practice`;
export const clinicId = (office: Office) => `${absoluteUrl(officePath(office.slug))}#clinic`;

export function postalAddress(address: Office["address"]): PostalAddress {
  return {
    "@type": "PostalAddress",
    streetAddress: [address.street, address.suite].filter(Boolean).join(", "),
    addressLocality: address.city,
    addressRegion: address.region,
    postalCode: address.postalCode,
    addressCountry: address.country,
  };
}

function openingHours(hours: Office["hours"]): OpeningHoursSpecification[] {
  return hours.map((entry) => ({
    "@type": "OpeningHoursSpecification",
    dayOfWeek: entry.days,
    opens: entry.opens,
    closes: entry.closes,
  }));
}

/**
 * Only the fields of a content file that are not examples: a search engine is never told an invented address,
 * phone number or opening hours. `fields` maps a schema.org property to the file's field holding it.
 */
function confirmed<T extends { exampleFields: string[] }>(
  document: T,
  fields: Record<string, [string, unknown, unknown?]>,
) {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, [field, value]]) => value !== undefined && !isExampleField(document, field, value))
      .map(([property, [, value, shown]]) => [property, shown ?? value]),
  );
}

/** One office as a MedicalClinic: what makes each office eligible for local results on its own page. */
type Clinic = Exclude<MedicalClinic, string>;

export function officeClinic(office: Office, practice: PracticeData): Clinic {
  return {
    "@type": "MedicalClinic",
    "@id": clinicId(office),
    name: `${practice.name}, ${office.name}`,
    description: office.description,
    url: absoluteUrl(officePath(office.slug)),
    ...confirmed(office, {
      telephone: ["phone", office.phone],
      email: ["email", office.email],
      address: ["address", office.address, postalAddress(office.address)],
      geo: [
        "geo",
        office.geo,
        { "@type": "GeoCoordinates", latitude: office.geo.latitude, longitude: office.geo.longitude },
      ],
      openingHoursSpecification: ["hours", office.hours, openingHours(office.hours)],
    }),
    medicalSpecialty: "Psychiatric",
    availableService: { "@type": "MedicalTherapy", name: practice.serviceName },
    parentOrganization: { "@id": practiceId() },
  };
}

export function officeClinicJsonLd(office: Office, practice: PracticeData): WithContext<MedicalClinic> {
  return { "@context": "https://schema.org", ...officeClinic(office, practice) } as WithContext<MedicalClinic>;
}

/** The practice as a MedicalBusiness with its offices as departments. */
export function practiceJsonLd(practice: PracticeData, offices: Office[]): WithContext<MedicalBusiness> {
  return {
    "@context": "https://schema.org",
    "@type": "MedicalBusiness",
    "@id": practiceId(),
    name: practice.name,
    description: practice.description,
    url: absoluteUrl("/"),
    ...confirmed(practice, { telephone: ["phone", practice.phone], email: ["email", practice.email] }),
    image: absoluteUrl("/opengraph-image"),
    areaServed: practice.serviceArea.map((place) => ({ "@type": "City", name: place })),
    department: offices.map((office) => officeClinic(office, practice)),
  };
}
