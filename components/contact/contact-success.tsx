"use client";

import { useEffect, useRef } from "react";
import type { ContactState } from "@/lib/contact/form-state";

const HOW = { email: "by email", phone: "by phone", text: "by text message" } as Record<string, string>;

/** Replaces the form once a message is stored: says it arrived, quotes the reference, and what happens next. */
export function ContactSuccess({ state }: { state: Extract<ContactState, { status: "sent" }> }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div role="status" className="rounded-xl border-2 border-sage-600 bg-sage-50 p-6">
      <h2 ref={heading} tabIndex={-1} className="text-2xl font-semibold">
        Thank you{state.firstName ? `, ${state.firstName}` : ""}. Your message reached us.
      </h2>
      <p className="mt-3">
        Your reference is <strong className="font-mono text-lg">{state.reference}</strong>. Keep it if you want to ask
        about your message.
      </p>
      <p className="mt-3">
        A person from our team will reply {HOW[state.contactMethod] ?? ""} within {state.replyWithin}. There is no
        obligation: we will answer your questions and, if you wish, arrange a consultation.
      </p>
      <p className="mt-3 text-ink-soft">If you need help sooner, call us, or in a crisis call or text 988.</p>
    </div>
  );
}
