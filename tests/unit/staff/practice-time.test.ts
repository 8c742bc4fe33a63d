import { describe, expect, it } from "vitest";
import { buildReminder } from "@/lib/inquiries/notification";
import { practiceDayAndHour } from "@/lib/inquiries/practice-time";

describe("the practice's clock", () => {
  it("reads the day and hour in Los Angeles, in winter and summer time", () => {
    expect(practiceDayAndHour(Date.UTC(2026, 11, 2, 7, 59))).toEqual({ day: "2026-12-01", hour: 23 }); // PST, UTC-8
    expect(practiceDayAndHour(Date.UTC(2026, 11, 2, 8, 0))).toEqual({ day: "2026-12-02", hour: 0 });
    expect(practiceDayAndHour(Date.UTC(2026, 6, 4, 15, 30))).toEqual({ day: "2026-07-04", hour: 8 }); // PDT, UTC-7
  });
});

describe("the reminder email", () => {
  it("speaks of one inquiry in the singular and names the day in its message id", () => {
    const mail = buildReminder(["KAP-ABC234"], "2026-12-02", new URL("https://kap.example.org"));
    expect(mail.subject).toBe("1 inquiry has waited more than 24 hours");
    expect(mail.text.split("\n")[0]).toBe("1 inquiry has been New for more than 24 hours:");
    expect(mail.messageId).toBe("<reminder-2026-12-02@inquiries.kap.example.org>");
    expect(mail.replyTo).toBeUndefined();
  });
});
