import { OfficeAddress, OfficePhone } from "@/components/locations/office-address";
import type { Metadata } from "next";
import { DeferredContactForm } from "@/components/contact/deferred-contact-form";
import { CrisisNotice } from "@/components/site/crisis-notice";
import { PageHeader } from "@/components/site/page-header";
import { getOffices, getPractice } from "@/lib/content";
import { HEARD_FROM, HEARD_FROM_LABELS, OFFICE_EXTRA_LABELS, OFFICE_EXTRAS } from "@/lib/inquiries/fields";
import { PracticePhoneEmail } from "@/components/site/practice-phone-email";
import { practiceDetailText } from "@/lib/practice-details";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { submitInquiry } from "./actions";

const { name } = getPractice();
const replyWithin = practiceDetailText(getPractice(), "replyWithin");

// Rendered per request: proxy.ts gives each response a fresh script nonce, which Next writes into its scripts.
export const dynamic = "force-dynamic";

export const metadata: Metadata = pageMetadata({
  title: "Contact us about ketamine-assisted psychotherapy",
  description: `Reach ${name} about ketamine-assisted psychotherapy in Los Angeles: call, email or send a short message. We reply within ${replyWithin}.`,
  path: "/contact",
});

const HEARD_FROM_OPTIONS = HEARD_FROM.map((value) => ({
  value,
  label: value === "" ? "Choose one (optional)" : HEARD_FROM_LABELS[value],
}));

export default function ContactPage() {
  const practice = getPractice();
  const officeOptions = [
    ...getOffices().map((office) => ({ value: office.slug, label: office.neighborhood })),
    ...OFFICE_EXTRAS.map((value) => ({ value, label: OFFICE_EXTRA_LABELS[value] })),
  ];
  return (
    <>
      <PageHeader
        title="Contact us"
        lead={`Reaching out is a good first step, and there is no obligation. Tell us how to reach you and a person from our team will reply within ${practiceDetailText(practice, "replyWithin")}.`}
      />
      <div className="mx-auto grid max-w-page gap-10 px-4 py-12 sm:px-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="message-heading" className="min-w-0">
          <h2 id="message-heading" className="text-2xl font-semibold">
            Send us a message
          </h2>
          <p className="mt-3 max-w-measure">
            Please do not include medical details in a message. We will talk about your health in a private conversation
            with a clinician.
          </p>
          <div className="mt-6">
            <CrisisNotice label="Crisis support, before you write" />
          </div>
          <div className="mt-8 max-w-2xl">
            <DeferredContactForm action={submitInquiry} offices={officeOptions} heardFrom={HEARD_FROM_OPTIONS} />
          </div>
        </section>
        <aside aria-labelledby="reach-heading" className="space-y-6">
          <div className="rounded-xl border border-sand-200 bg-white p-6 shadow-sm">
            <h2 id="reach-heading" className="text-xl font-semibold">
              Call or email
            </h2>
            <PracticePhoneEmail className="mt-3" />
          </div>
          <div className="rounded-xl border border-sand-200 bg-white p-6 shadow-sm">
            <h2 className="text-xl font-semibold">Offices</h2>
            <ul className="mt-3 space-y-4">
              {getOffices().map((office) => (
                <li key={office.slug}>
                  <p className="font-semibold">{office.name}</p>
                  <OfficeAddress office={office} className="not-italic text-ink-soft" />
                  <OfficePhone office={office} />
                </li>
              ))}
            </ul>
          </div>
        </aside>
      </div>
    </>
  );
}
