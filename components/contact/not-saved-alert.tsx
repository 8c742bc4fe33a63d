import type { Ref } from "react";
import { telHref } from "@/lib/phone";

/**
 * Shown above the form, with everything the visitor typed still in it, when the server could not store their
 * message: it must never look as if it arrived. The phone is the way to reach us that does not depend on the store.
 */
export function NotSavedAlert({ phone, ref }: { phone: string; ref?: Ref<HTMLDivElement> }) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      className="rounded-lg border-l-4 border-clay-800 bg-clay-100 px-4 py-3 text-ink"
    >
      <p className="font-semibold">We could not save your message.</p>
      <p className="mt-1">
        Please call us at{" "}
        <a href={telHref(phone)} className="font-semibold text-clay-800">
          {phone}
        </a>
        , or try sending it again in a few minutes. Everything you typed is still in the form below.
      </p>
    </div>
  );
}
