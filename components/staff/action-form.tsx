"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { EMPTY_FORM_STATE, type StaffFormState } from "@/lib/staff/form-state";
import { buttonClass } from "@/components/ui/button-styles";

type Action = (state: StaffFormState, form: FormData) => Promise<StaffFormState>;

/**
 * A staff form bound to a server action: a plain form that also works before JavaScript arrives. Its answer is
 * announced and receives focus, so a keyboard or screen-reader user hears what happened.
 */
export function ActionForm({
  action,
  submitLabel,
  children,
  variant = "primary",
  className = "space-y-4",
}: {
  action: Action;
  submitLabel: string;
  children?: ReactNode;
  variant?: "primary" | "secondary";
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.error || state.done) message.current?.focus();
  }, [state]);
  return (
    <form action={formAction} className={className}>
      {children}
      {(state.error || state.done) && (
        <p
          ref={message}
          tabIndex={-1}
          role={state.error ? "alert" : "status"}
          className={state.error ? "font-semibold text-clay-800" : "font-semibold text-sage-800"}
        >
          {state.error ?? state.done}
        </p>
      )}
      <button type="submit" className={buttonClass(variant)} aria-disabled={pending}>
        {pending ? "Working…" : submitLabel}
      </button>
    </form>
  );
}
