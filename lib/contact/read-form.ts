import { CONTACT_FIELDS, FORM_META_FIELDS, type ContactField } from "../inquiries/fields";

const ALLOWED = new Set<string>([...CONTACT_FIELDS, ...FORM_META_FIELDS]);
// React adds these to a form bound to a server action, so it works before JavaScript loads.
const isFrameworkField = (name: string) => name.startsWith("$ACTION_");

export type FormRead =
  | {
      ok: true;
      fields: Record<ContactField, string | boolean>;
      meta: { formKey: string; startedAt: number | null; honeypot: string };
    }
  | { ok: false; unknown: string[] };

/** Takes only the form's own field names out of a submission; any other name refuses the whole submission. */
export function readContactForm(formData: FormData): FormRead {
  const unknown = [...new Set([...formData.keys()].filter((name) => !ALLOWED.has(name) && !isFrameworkField(name)))];
  if (unknown.length > 0) return { ok: false, unknown };
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const fields = Object.fromEntries(
    CONTACT_FIELDS.map((name) => [
      name,
      name === "consent" ? formData.get("consent") === "on" || formData.get("consent") === "true" : text(name),
    ]),
  ) as Record<ContactField, string | boolean>;
  const startedAt = Number(text("startedAt"));
  return {
    ok: true,
    fields,
    meta: {
      formKey: text("formKey"),
      startedAt: Number.isFinite(startedAt) && startedAt > 0 ? startedAt : null,
      honeypot: text("website"),
    },
  };
}
