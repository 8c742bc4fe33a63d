import type { Contact } from "@/lib/inquiries/schema";

/** A valid inquiry from a person of this name; `overrides` change one field at a time. */
export const contactFor = (name: string, overrides: Partial<Contact> = {}): Contact => ({
  name,
  email: `${name.toLowerCase().replace(/\W+/g, ".")}@example.org`,
  phone: "",
  contactMethod: "email",
  office: "encino",
  heardFrom: "",
  message: "",
  consent: true,
  ...overrides,
});
