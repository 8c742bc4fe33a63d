import { CONTACT_FIELDS } from "@/lib/inquiries/fields";
import type { ContactInput } from "@/lib/inquiries/schema";

/**
 * What a visitor already entered in the server-rendered form before its JavaScript arrived. Read during the
 * hydration render, before react-hook-form registers the inputs: registering a radio group resets it to the
 * first radio's value, which would silently drop a choice made on a slow connection.
 */
export function typedBeforeHydration(formId: string): ContactInput | undefined {
  if (typeof document === "undefined") return undefined;
  const form = document.getElementById(formId);
  if (!(form instanceof HTMLFormElement)) return undefined;
  const data = new FormData(form);
  const values = Object.fromEntries(
    CONTACT_FIELDS.filter((field) => field !== "consent")
      .map((field) => [field, data.get(field) ?? undefined])
      .filter(([, value]) => typeof value === "string" && value !== ""),
  );
  return { ...values, consent: data.get("consent") === "on" } as ContactInput;
}
