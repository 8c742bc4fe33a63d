import { describe, expect, it } from "vitest";
import { buildNotification } from "@/lib/inquiries/notification";

const inquiry = {
  id: 1,
  reference: "KAP-ABC234",
  createdAt: Date.UTC(2026, 10, 23, 10),
  name: "Ana López",
  email: "ana@example.org",
  phone: "+1 310 555 0100",
  contactMethod: "phone" as const,
  office: "encino",
  heardFrom: "search" as const,
  message: "Line one <b>bold</b>\nBcc: evil@example.com",
  consent: true as const,
};
const options = {
  details: "none" as const,
  includeMessage: false,
  officeLabel: (slug: string) => `Office ${slug}`,
  siteUrl: new URL("https://kap.example.org"),
};
const visitorValues = [inquiry.name, inquiry.email, inquiry.phone, "Line one", "Office encino", "Phone call"];

describe("staff notification", () => {
  it("by default says only that an inquiry arrived and where to read it", () => {
    const mail = buildNotification(inquiry, options);
    expect(mail.subject).toBe("New inquiry KAP-ABC234");
    expect(mail.text).toBe("New inquiry KAP-ABC234: open https://kap.example.org/staff/inquiries/KAP-ABC234");
    expect(mail.replyTo).toBeUndefined();
    expect(mail.messageId).toBe("<kap-abc234@inquiries.kap.example.org>");
  });

  it("by default carries no visitor value even when the message setting is on", () => {
    const mail = buildNotification(inquiry, { ...options, includeMessage: true });
    for (const value of visitorValues) expect(JSON.stringify(mail)).not.toContain(value);
  });

  it("with CONTACT_EMAIL_DETAILS=contact adds the contact details and Reply-To, and leaves the message out", () => {
    const mail = buildNotification(inquiry, { ...options, details: "contact" });
    expect(mail.subject).toBe("New inquiry KAP-ABC234");
    expect(mail.text.split("\n")[0]).toBe(
      "New inquiry KAP-ABC234: open https://kap.example.org/staff/inquiries/KAP-ABC234",
    );
    expect(mail.text).toContain("Name: Ana López");
    expect(mail.text).toContain("Preferred contact: Phone call");
    expect(mail.text).toContain("Office: Office encino");
    expect(mail.replyTo).toBe("ana@example.org");
    expect(mail.text).not.toContain("Line one");
    expect(mail.text).toContain("not included in email");
  });

  it("when the message is included, every line is quoted so none can pass for a header or field", () => {
    const mail = buildNotification(inquiry, { ...options, details: "contact", includeMessage: true });
    expect(mail.text).toContain("  | Line one <b>bold</b>\n  | Bcc: evil@example.com");
    expect(mail.text.split("\n").some((line) => line.startsWith("Bcc:"))).toBe(false);
  });
});
