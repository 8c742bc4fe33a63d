import { describe, expect, it } from "vitest";
import { buildNotification } from "@/lib/contact/notification";

const inquiry = {
  id: 1, reference: "KAP-ABC234", createdAt: Date.UTC(2026, 10, 23, 10), name: "Ana López", email: "ana@example.org", phone: "+1 310 555 0100",
  contactMethod: "phone" as const, office: "encino", heardFrom: "search" as const, message: "Line one <b>bold</b>\nBcc: evil@example.com", consent: true as const,
};
const options = { includeMessage: false, officeLabel: (slug: string) => `Office ${slug}`, site: "kap.example.org" };

describe("staff notification", () => {
  it("puts only the reference in the subject and leaves the message out by default", () => {
    const mail = buildNotification(inquiry, options);
    expect(mail.subject).toBe("New website inquiry KAP-ABC234");
    expect(mail.text).toContain("Name: Ana López");
    expect(mail.text).toContain("Preferred contact: Phone call");
    expect(mail.text).toContain("Office: Office encino");
    expect(mail.text).not.toContain("Line one");
    expect(mail.text).toContain("not included in email");
  });

  it("when the message is included, every line is quoted so none can pass for a header or field", () => {
    const mail = buildNotification(inquiry, { ...options, includeMessage: true });
    expect(mail.text).toContain("  | Line one <b>bold</b>\n  | Bcc: evil@example.com");
    expect(mail.text.split("\n").some((line) => line.startsWith("Bcc:"))).toBe(false);
  });
});
