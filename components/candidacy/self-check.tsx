import type { CandidacyRules } from "@/lib/content-schema/candidacy";
import { SelfCheckStepper } from "./self-check-stepper";

/**
 * "Is KAP right for me?": the stepper for browsers running JavaScript, the readable checklist (which the
 * stepper renders in <noscript>) for the rest, so the checklist is never in the page when the stepper can run.
 */
export function SelfCheck({ rules }: { rules: CandidacyRules }) {
  const { intro, ...stepperRules } = rules;
  return (
    <section
      aria-labelledby="self-check-heading"
      className="mb-12 max-w-3xl rounded-2xl border border-sand-200 bg-white px-5 py-6 shadow-sm sm:px-8 sm:py-8"
    >
      <h2 id="self-check-heading" className="text-2xl font-semibold sm:text-3xl">
        Self-check: could KAP be for me?
      </h2>
      <p className="mt-3">{intro}</p>
      <p className="mt-3 rounded-lg bg-sage-50 px-4 py-3">
        <strong>Private:</strong> your answers stay in this browser. Nothing is sent or stored, and they are gone when
        you leave or reload this page.
      </p>
      <SelfCheckStepper rules={stepperRules} />
    </section>
  );
}
