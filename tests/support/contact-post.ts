/**
 * The contact form as a browser without JavaScript posts it: multipart, the server action's hidden fields read
 * from the page, and the visible fields filled in. For load (bench/) and for posting through the proxy (tests/proxy/).
 */
export const ACKNOWLEDGED = "Your message reached us";
export const COULD_NOT_SAVE = "We could not save your message";
const REFERENCE = /KAP-[2-9A-HJKMNP-Z]{6}/;

/** The hidden inputs of the contact page's form (React's $ACTION_… fields among them). */
export function hiddenFields(contactPageHtml: string): [string, string][] {
  const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  const hidden = [...contactPageHtml.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)].map(
    ([, name = "", value = ""]): [string, string] => [name, decode(value)],
  );
  if (!hidden.some(([name]) => name.startsWith("$ACTION")))
    throw new Error("the contact page has no server action form: is this the production build?");
  return hidden;
}

/** A filled-in form; `n` makes each one a different inquiry (the site answers a repeat with its first reference). */
export function inquiryForm(hidden: [string, string][], n: number | string, label = "Test Visitor"): FormData {
  const form = new FormData();
  for (const [name, value] of hidden) form.append(name, value);
  const fields = {
    name: label,
    email: `visitor-${n}@example.org`,
    phone: "",
    contactMethod: "email",
    office: "no-preference",
    heardFrom: "",
    message: `Inquiry ${n}`,
    consent: "on",
    website: "",
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

/** The reference the answer page confirms, or null when the answer is not the confirmation. */
export function acknowledgedReference(answerHtml: string): string | null {
  if (!answerHtml.includes(ACKNOWLEDGED)) return null;
  return answerHtml.match(REFERENCE)?.[0] ?? null;
}
