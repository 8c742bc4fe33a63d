import type { Office } from "@/lib/content";
import { isExampleAt } from "@/lib/example-fields";
import { addressLines } from "@/lib/office-details";
import { telHref } from "@/lib/phone";
import { ExampleMark } from "../ui/example-mark";

/** An office's postal address, marked in a preview while any part of it is an example. */
export function OfficeAddress({ office, className = "not-italic" }: { office: Office; className?: string }) {
  return (
    <address className={className}>
      {addressLines(office.address).map((line) => (
        <span key={line} className="block">
          {line}
        </span>
      ))}
      <ExampleMark when={isExampleAt(office, "address")} />
    </address>
  );
}

/** An office's phone number as a link, marked in a preview while it is an example. */
export function OfficePhone({ office }: { office: Office }) {
  return (
    <>
      <a href={telHref(office.phone)}>{office.phone}</a>
      <ExampleMark when={isExampleAt(office, "phone")} />
    </>
  );
}
