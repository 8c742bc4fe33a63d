import type { StepperRules } from "@/lib/content-schema/candidacy";
import { OUTCOMES } from "@/lib/candidacy/outcome-levels";
import { OutcomeTag } from "./outcome-tag";

/**
 * The self-check as a checklist to read, for browsers without JavaScript (it is rendered inside <noscript>).
 * Every answer shows the guidance and the result it leads to, so the page is useful without the stepper.
 * There is no <form>: nothing here can be sent anywhere.
 */
export function SelfCheckChecklist({ rules }: { rules: StepperRules }) {
  return (
    <div className="mt-6 space-y-8">
      <p>
        Your browser is not running JavaScript, so this page cannot add up your answers. Here are the questions as a
        checklist instead: under each answer is what it means and which result it leads to. Any answer marked &ldquo;
        {rules.outcomes["talk-first"].label}&rdquo; or &ldquo;{rules.outcomes["not-now"].label}&rdquo; is worth talking
        over with a clinician.
      </p>
      {rules.questions.map((question, index) => (
        <fieldset
          key={question.id}
          aria-describedby={question.help ? `checklist-${question.id}-help` : undefined}
          className="border-t border-sand-200 pt-6"
        >
          <legend className="float-left w-full">
            <h3 className="text-xl font-semibold">
              {index + 1}. {question.prompt}
            </h3>
          </legend>
          {question.help && (
            <p id={`checklist-${question.id}-help`} className="clear-left pt-2 text-ink-soft">
              {question.help}
            </p>
          )}
          <ul className="clear-left space-y-4 pt-4">
            {question.options.map((option) => {
              const guidanceId = `checklist-${question.id}-${option.id}-guidance`;
              return (
                <li key={option.id}>
                  <label className="flex items-start gap-3 font-semibold">
                    <input
                      type="radio"
                      name={`checklist-${question.id}`}
                      value={option.id}
                      aria-describedby={guidanceId}
                      className="mt-1 size-5 shrink-0 accent-sage-700"
                    />
                    {option.label}
                  </label>
                  <div id={guidanceId} className="mt-1 space-y-1 pl-8">
                    <OutcomeTag outcome={option.outcome} label={rules.outcomes[option.outcome].label} />
                    <p>{option.guidance}</p>
                  </div>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      <div className="border-t border-sand-200 pt-6">
        <h3 className="text-xl font-semibold">What the results mean</h3>
        <dl className="mt-4 space-y-4">
          {OUTCOMES.map((name) => (
            <div key={name}>
              <dt className="font-semibold">{rules.outcomes[name].title}</dt>
              <dd>{rules.outcomes[name].summary}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-ink-soft">{rules.disclaimer}</p>
      </div>
    </div>
  );
}
