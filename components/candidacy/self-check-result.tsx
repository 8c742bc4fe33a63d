import type { Ref } from "react";
import type { SelfCheckResult } from "@/lib/candidacy/outcome";
import type { StepperRules } from "@/lib/content-schema/candidacy";
import { CrisisNotice } from "../site/crisis-notice";
import { buttonClass } from "../ui/button-styles";

type Props = {
  result: SelfCheckResult;
  rules: StepperRules;
  regionRef: Ref<HTMLElement>;
  onChange: () => void;
  onRestart: () => void;
};

function List({ heading, items }: { heading: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4 className="mt-6 font-serif text-lg font-semibold text-sage-900">{heading}</h4>
      <ul className="mt-2 list-disc space-y-1.5 pl-6 marker:text-sage-600">
        {items.map((item, index) => (
          // A fixed list that is never reordered: its position is a stable key.
          <li key={index}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * The result, in a region that takes focus so a screen reader announces its name (the result's title).
 * The link is a plain <a>: a Next <Link> would prefetch, and the self-check makes no request of its own.
 */
export function SelfCheckResultPanel({ result, rules, regionRef, onChange, onRestart }: Props) {
  const text = rules.outcomes[result.outcome];
  return (
    <section
      ref={regionRef}
      tabIndex={-1}
      aria-labelledby="self-check-result-title"
      className="-mx-2 rounded-xl border-2 border-sage-600 bg-sage-50 px-4 py-6 sm:mx-0 sm:px-6"
    >
      <p className="text-sm font-semibold uppercase tracking-wide text-ink-soft">Your result</p>
      <h3 id="self-check-result-title" className="mt-1 text-2xl font-semibold">
        {text.title}
      </h3>
      <p className="mt-3">{text.summary}</p>
      {result.showCrisis && (
        <div className="mt-5">
          <CrisisNotice label="Crisis support for your result" />
        </div>
      )}
      <List heading="Why: what your answers suggest" items={result.reasons} />
      <List heading="What you could do next" items={text.nextSteps} />
      <List heading="Other options" items={text.otherOptions} />
      <p className="mt-6">
        <a href={text.action.href} className={buttonClass("primary")}>
          {text.action.label}
        </a>
      </p>
      <p className="mt-6 text-sm text-ink-soft">{rules.disclaimer}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" onClick={onChange} className={buttonClass("secondary")}>
          Change my answers
        </button>
        <button type="button" onClick={onRestart} className={buttonClass("secondary")}>
          Start again
        </button>
      </div>
    </section>
  );
}
