import type { UseFormRegister } from "react-hook-form";
import { CONTACT_METHOD_LABELS, CONTACT_METHODS, MESSAGE_MAX, type ContactField } from "@/lib/inquiries/fields";
import type { ContactInput } from "@/lib/inquiries/schema";
import { Field, fieldControl, FieldError, inputClass } from "../ui/field";

export type Option = { value: string; label: string };

const METHODS: Option[] = CONTACT_METHODS.map((value) => ({ value, label: CONTACT_METHOD_LABELS[value] }));

type Props = {
  register: UseFormRegister<ContactInput>;
  errors: Partial<Record<ContactField, string>>;
  /** What the visitor sent, echoed by the server after an error, so the page keeps it even without JavaScript. */
  values: Partial<Record<ContactField, string>>;
  offices: Option[];
  heardFrom: Option[];
};

type RadioGroupProps = {
  name: "contactMethod" | "office";
  legend: string;
  options: Option[];
  error?: string;
  value?: string;
  register: Props["register"];
};

function RadioGroup({ name, legend, options, error, value, register }: RadioGroupProps) {
  return (
    <fieldset
      aria-describedby={error ? `${name}-error` : undefined}
      aria-invalid={error ? true : undefined}
      className="space-y-2"
    >
      <legend className="font-semibold text-ink">{legend}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {options.map((option, index) => (
          <label key={option.value} className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              value={option.value}
              id={index === 0 ? name : undefined}
              defaultChecked={value === option.value}
              className="size-5 accent-sage-700"
              {...register(name)}
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={name} error={error} />
    </fieldset>
  );
}

/** The visible fields, in order, each labeled and tied to its hint and error for screen readers. */
export function ContactFields({ register, errors, values, offices, heardFrom }: Props) {
  return (
    <>
      <Field id="name" label="Your name" error={errors.name}>
        <input
          type="text"
          autoComplete="name"
          className={inputClass}
          {...fieldControl("name", { error: errors.name })}
          defaultValue={values.name}
          {...register("name")}
        />
      </Field>
      <Field id="email" label="Email address" error={errors.email}>
        <input
          type="email"
          autoComplete="email"
          inputMode="email"
          className={inputClass}
          {...fieldControl("email", { error: errors.email })}
          defaultValue={values.email}
          {...register("email")}
        />
      </Field>
      <Field
        id="phone"
        label="Phone number"
        hint="Needed if you would like a call or a text."
        optional
        error={errors.phone}
      >
        <input
          type="tel"
          autoComplete="tel"
          className={inputClass}
          {...fieldControl("phone", { hint: true, error: errors.phone })}
          defaultValue={values.phone}
          {...register("phone")}
        />
      </Field>
      <RadioGroup
        name="contactMethod"
        legend="How should we contact you?"
        options={METHODS}
        error={errors.contactMethod}
        value={values.contactMethod}
        register={register}
      />
      <RadioGroup
        name="office"
        legend="Which office would suit you?"
        options={offices}
        error={errors.office}
        value={values.office}
        register={register}
      />
      <Field id="heardFrom" label="How did you hear about us?" optional error={errors.heardFrom}>
        <select
          className={inputClass}
          {...fieldControl("heardFrom", { error: errors.heardFrom })}
          defaultValue={values.heardFrom ?? ""}
          {...register("heardFrom")}
        >
          {heardFrom.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id="message"
        label="Anything you would like us to know"
        optional
        hint={`Please do not include medical details: we will talk about your health in a private conversation. Up to ${MESSAGE_MAX} characters.`}
        error={errors.message}
      >
        <textarea
          rows={5}
          maxLength={MESSAGE_MAX}
          className={inputClass}
          {...fieldControl("message", { hint: true, error: errors.message })}
          defaultValue={values.message}
          {...register("message")}
        />
      </Field>
      <div className="space-y-1.5">
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            className="mt-1 size-5 accent-sage-700"
            {...fieldControl("consent", { error: errors.consent })}
            defaultChecked={values.consent === "on"}
            {...register("consent")}
          />
          <span>You may contact me about this inquiry by the method I chose.</span>
        </label>
        <FieldError id="consent" error={errors.consent} />
      </div>
    </>
  );
}
