import type { Ref } from "react";
import type { CandidacyQuestion } from "@/lib/content-schema/candidacy";

type Props = {
  question: CandidacyQuestion;
  position: number;
  total: number;
  chosen: string | undefined;
  onChoose: (optionId: string) => void;
  headingRef: Ref<HTMLHeadingElement>;
};

/**
 * One question of the stepper. Native radios, so arrow keys move between answers and choose them, and a
 * screen reader announces "radio, 2 of 4". The heading sits in the legend, so it names the group, and takes
 * focus (tabIndex -1) when the step changes, announcing the progress and the question together.
 */
export function QuestionStep({ question, position, total, chosen, onChoose, headingRef }: Props) {
  const helpId = `step-${question.id}-help`;
  return (
    <fieldset aria-describedby={question.help ? helpId : undefined}>
      <legend className="w-full">
        <h3 ref={headingRef} tabIndex={-1} className="text-xl font-semibold sm:text-2xl">
          <span className="mb-1 block font-sans text-base font-semibold text-ink-soft">
            Question {position} of {total}
          </span>
          {question.prompt}
        </h3>
      </legend>
      <ol aria-hidden="true" className="mt-3 flex gap-1">
        {Array.from({ length: total }, (_, index) => (
          <li key={index} className={`h-1.5 flex-1 rounded-full ${index < position ? "bg-sage-700" : "bg-sand-200"}`} />
        ))}
      </ol>
      {question.help && (
        <p id={helpId} className="mt-4 text-ink-soft">
          {question.help}
        </p>
      )}
      <div className="mt-4 space-y-2">
        {question.options.map((option) => (
          <label
            key={option.id}
            className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border-2 border-sand-200 bg-white px-4 py-3 has-checked:border-sage-700 has-checked:bg-sage-50"
          >
            <input
              type="radio"
              name={`step-${question.id}`}
              value={option.id}
              checked={chosen === option.id}
              onChange={() => onChoose(option.id)}
              className="mt-1 size-5 shrink-0 accent-sage-700"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
