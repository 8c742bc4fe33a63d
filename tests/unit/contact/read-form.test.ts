import { describe, expect, it } from "vitest";
import { readContactForm } from "@/lib/contact/read-form";

function formData(entries: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
}

describe("reading a submission", () => {
  it("takes the form's fields and the framework's $ACTION_ fields", () => {
    const read = readContactForm(
      formData({
        $ACTION_REF_1: "",
        "$ACTION_1:0": "{}",
        $ACTION_KEY: "k",
        name: "Ana",
        email: "a@b.co",
        consent: "on",
        formKey: "abc",
        startedAt: "1700000000000",
        website: "",
      }),
    );
    expect(read).toMatchObject({
      ok: true,
      fields: { name: "Ana", email: "a@b.co", consent: true, phone: "" },
      meta: { formKey: "abc", startedAt: 1700000000000, honeypot: "" },
    });
  });

  it("refuses any other field name, listing it", () => {
    const data = formData({ name: "Ana", isAdmin: "true" });
    data.append("__proto__", "x");
    expect(readContactForm(data)).toEqual({ ok: false, unknown: ["isAdmin", "__proto__"] });
  });

  it("treats an unchecked consent box as no consent", () => {
    const read = readContactForm(formData({ name: "Ana" }));
    expect(read.ok && read.fields.consent).toBe(false);
  });
});
