import { describe, expect, it } from "vitest";
import { judgeOutboxTrigger } from "@/lib/inquiries/outbox-trigger";

const SECRET = "a".repeat(20) + "-secret-of-enough-length";

describe("who may trigger an outbox pass", () => {
  it("nobody, when no secret is configured", () => {
    expect(judgeOutboxTrigger(`Bearer ${SECRET}`, undefined)).toBe("disabled");
    expect(judgeOutboxTrigger(null, "")).toBe("disabled");
  });

  it("refuses a request without the secret, with another one, or with it in another scheme", () => {
    expect(judgeOutboxTrigger(null, SECRET)).toBe("refused");
    expect(judgeOutboxTrigger("Bearer ", SECRET)).toBe("refused");
    expect(judgeOutboxTrigger(`Bearer ${SECRET}x`, SECRET)).toBe("refused");
    expect(judgeOutboxTrigger(`Bearer ${SECRET.slice(0, -1)}`, SECRET)).toBe("refused");
    expect(judgeOutboxTrigger(`Basic ${SECRET}`, SECRET)).toBe("refused");
    expect(judgeOutboxTrigger(SECRET, SECRET)).toBe("refused");
  });

  it("allows the configured secret as a bearer token", () => {
    expect(judgeOutboxTrigger(`Bearer ${SECRET}`, SECRET)).toBe("allowed");
  });

  it("refuses to run with a secret short enough to guess, saying how to make one", () => {
    expect(() => judgeOutboxTrigger(`Bearer short`, "short")).toThrow(/at least 32 characters, e\.g\. openssl rand/);
  });
});
