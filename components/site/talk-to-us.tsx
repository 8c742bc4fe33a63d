import { getPractice } from "@/lib/content";
import { isExampleAt } from "@/lib/example-fields";
import { telHref } from "@/lib/phone";
import { ExampleMark } from "../ui/example-mark";
import { ButtonLink } from "../ui/button-link";

/** The call to reach the practice: at the end of articles and pages, and available to staff in MDX as <TalkToUs />. */
export function TalkToUs({ heading = "Talk with us" }: { heading?: string }) {
  const practice = getPractice();
  return (
    <section
      aria-label={heading}
      className="on-dark not-prose my-10 rounded-2xl bg-sage-800 px-6 py-8 text-white sm:px-10"
    >
      <p className="font-serif text-2xl font-semibold text-white">{heading}</p>
      <p className="mt-2 max-w-measure text-sage-50">
        Questions about whether KAP could help, or about how we work? Send us a short message or call. There is no
        obligation, and we reply within {practice.replyWithin}
        <ExampleMark when={isExampleAt(practice, "replyWithin")} />.
      </p>
      <div className="mt-5 flex flex-wrap items-center gap-4">
        <ButtonLink href="/contact" variant="inverse">
          Contact us
        </ButtonLink>
        <a href={telHref(practice.phone)} className="font-semibold text-white hover:text-sage-50">
          Call {practice.phone}
        </a>
        <ExampleMark when={isExampleAt(practice, "phone")} />
      </div>
    </section>
  );
}
