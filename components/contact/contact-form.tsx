"use client";

import { useActionState, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { buttonClass } from "@/components/ui/button-styles";
import { echoedValues, INITIAL_CONTACT_STATE, type ContactState } from "@/lib/contact/form-state";
import { OFFICE_EXTRAS, type ContactField } from "@/lib/inquiries/fields";
import type { ContactInput } from "@/lib/inquiries/schema";
import { ContactFields, type Option } from "./contact-fields";
import { ContactSuccess } from "./contact-success";
import { NotSavedAlert } from "./not-saved-alert";
import { lazyContactResolver } from "./lazy-contact-resolver";
import { typedBeforeHydration } from "./typed-before-hydration";
import { useFormRenderKey } from "./use-form-render-key";

const FORM_ID = "contact-form";

/** The server action the form posts to, handed in by the page that owns it. */
export type ContactAction = (previous: ContactState, formData: FormData) => Promise<ContactState>;
const ALERT_CLASS = "rounded-lg border-l-4 border-clay-800 bg-clay-100 px-4 py-3 font-semibold text-ink";

/**
 * The contact form: a plain <form> bound to the server action, so it works before (or without) JavaScript.
 * With JavaScript, react-hook-form checks the same zod schema first (loaded on first focus), shows errors inline
 * and focuses the first.
 */
export function ContactForm({
  action,
  offices,
  heardFrom,
}: {
  action: ContactAction;
  offices: Option[];
  heardFrom: Option[];
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_CONTACT_STATE);
  const [, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const { formKey, startedAt } = useFormRenderKey();
  const validation = useMemo(
    () =>
      lazyContactResolver(
        offices.map((office) => office.value).filter((value) => !(OFFICE_EXTRAS as readonly string[]).includes(value)),
      ),
    [offices],
  );
  const [earlyInput] = useState(() => typedBeforeHydration(FORM_ID));
  const echoed = echoedValues(state);
  const { register, handleSubmit, setFocus, formState } = useForm<ContactInput>({
    resolver: validation.resolver,
    // Check on submit, then as the visitor corrects a field. Checking on blur made errors (and the summary)
    // appear while the visitor was clicking the next field, moving it from under the pointer.
    mode: "onSubmit",
    reValidateMode: "onChange",
    // RHF writes its defaults into the inputs when it registers them: start from what is already there.
    defaultValues:
      state.status === "idle" ? earlyInput : ({ ...echoed, consent: echoed.consent === "on" } as ContactInput),
  });

  const serverErrors = state.status === "invalid" ? state.fieldErrors : {};
  const errors = Object.fromEntries(
    Object.keys(serverErrors)
      .concat(Object.keys(formState.errors))
      .map((field) => [field, formState.errors[field as ContactField]?.message ?? serverErrors[field as ContactField]]),
  ) as Partial<Record<ContactField, string>>;

  useEffect(() => {
    if (state.status === "invalid") setFocus(Object.keys(state.fieldErrors)[0] as ContactField);
    if (state.status === "refused" || state.status === "unsaved") alertRef.current?.focus();
  }, [state, setFocus]);

  if (state.status === "sent") return <ContactSuccess state={state} />;

  const invalidCount = Object.values(errors).filter(Boolean).length;
  return (
    <form
      id={FORM_ID}
      ref={formRef}
      action={formAction}
      noValidate
      onFocus={validation.preload}
      // The submit event's target is this form: reading it there, not from the ref, keeps render free of ref reads.
      onSubmit={handleSubmit((_values, event) =>
        startTransition(() => formAction(new FormData(event?.target as HTMLFormElement))),
      )}
      className="space-y-6"
      aria-describedby="form-note"
    >
      <p id="form-note" className="text-sm text-ink-soft">
        All fields are required unless marked optional.
      </p>
      {state.status === "unsaved" ? (
        <NotSavedAlert ref={alertRef} phone={state.phone} />
      ) : (
        (state.status === "refused" || invalidCount > 0) && (
          <div ref={alertRef} tabIndex={-1} role="alert" className={ALERT_CLASS}>
            {state.status === "refused"
              ? state.message
              : `${invalidCount === 1 ? "One field needs" : `${invalidCount} fields need`} your attention before we can send your message.`}
          </div>
        )
      )}
      <input type="hidden" name="formKey" value={formKey} />
      <input type="hidden" name="startedAt" value={startedAt} />
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="website">Leave this field empty</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <ContactFields register={register} errors={errors} values={echoed} offices={offices} heardFrom={heardFrom} />
      <button
        type="submit"
        disabled={pending}
        className={`${buttonClass("primary", "large")} disabled:cursor-wait disabled:opacity-80`}
      >
        {pending ? "Sending…" : "Send message"}
      </button>
    </form>
  );
}
