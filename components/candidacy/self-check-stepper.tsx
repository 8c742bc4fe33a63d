"use client";

import { useEffect, useRef, useState } from "react";
import { decideOutcome, type Answers } from "@/lib/candidacy/outcome";
import type { StepperRules } from "@/lib/content-schema/candidacy";
import { buttonClass } from "../ui/button-styles";
import { QuestionStep } from "./question-step";
import { SelfCheckChecklist } from "./self-check-checklist";
import { SelfCheckResultPanel } from "./self-check-result";

/**
 * The self-check, one question at a time. Answers live in this component's state only: no request, no
 * storage, gone on reload. The server renders question 1 exactly as the first client render does, so the
 * page does not shift when it hydrates; without JavaScript it is hidden and the checklist shows instead.
 *
 * The checklist is rendered here, inside <noscript>, rather than by the server component: React renders
 * noscript content only on the server, so the page carries it once, as HTML, instead of a second time in
 * the React payload beside these props.
 */
export function SelfCheckStepper({ rules }: { rules: StepperRules }) {
  const [answers, setAnswers] = useState<Answers>({});
  const [step, setStep] = useState(0);
  const focusTarget = useRef<HTMLElement>(null);
  // Focus moves only after the visitor moves: on first load it stays where the browser put it.
  const visitorMoved = useRef(false);

  useEffect(() => {
    if (visitorMoved.current) focusTarget.current?.focus();
  }, [step]);

  const holdFocusTarget = (element: HTMLElement | null) => {
    focusTarget.current = element;
  };
  const goTo = (next: number) => {
    visitorMoved.current = true;
    setStep(next);
  };
  const restart = () => {
    setAnswers({});
    goTo(0);
  };

  const total = rules.questions.length;
  const question = rules.questions[step];
  return (
    <>
      <div className="mt-6 noscript:hidden">
        {question ? (
          <>
            <QuestionStep
              key={question.id}
              question={question}
              position={step + 1}
              total={total}
              chosen={answers[question.id]}
              onChoose={(optionId) => setAnswers((previous) => ({ ...previous, [question.id]: optionId }))}
              headingRef={holdFocusTarget}
            />
            <p className="mt-4 text-sm text-ink-soft">You can skip a question; a clinician would then ask about it.</p>
            <div className="mt-4 flex flex-wrap gap-3">
              <button type="button" onClick={() => goTo(step + 1)} className={buttonClass("primary")}>
                {step === total - 1 ? "See my result" : "Next"}
              </button>
              {step > 0 && (
                <button type="button" onClick={() => goTo(step - 1)} className={buttonClass("secondary")}>
                  Back
                </button>
              )}
            </div>
          </>
        ) : (
          <SelfCheckResultPanel
            result={decideOutcome(answers, rules)}
            rules={rules}
            regionRef={holdFocusTarget}
            onChange={() => goTo(total - 1)}
            onRestart={restart}
          />
        )}
      </div>
      <noscript>
        <SelfCheckChecklist rules={rules} />
      </noscript>
    </>
  );
}
