import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/staff/password-policy";

const ana = { email: "ana.ruiz@becktherapy.com", name: "Ana Ruiz", practiceName: "Beck Therapy Group" };
const OWN = /contains your name or part of your email address.*Choose words that have nothing to do with you/;

describe("the staff password policy", () => {
  it("accepts a long passphrase of unrelated words", () => {
    expect(passwordProblem("correct horse battery staple 42", ana)).toBeUndefined();
  });

  it.each([
    ["a name part with digits and punctuation", "AnaRuiz2026!!"],
    ["one name part in a longer phrase", "my friend ruiz likes tea"],
    ["a name part broken by spaces and punctuation", "R-u-i-z correct horse battery"],
    ["the email's local part", "ana.ruiz is correct horse"],
    ["the email's domain name", "correct horse at BeckTherapy"],
  ])("refuses %s, saying what to do", (_label, password) => {
    expect(passwordProblem(password, ana)).toMatch(OWN);
  });

  it("refuses the practice's name inside a password, with or without a digit", () => {
    const practiceOnly = { practiceName: "Beck Therapy Group" };
    for (const password of ["BeckTherapyGroup1", "Beck Therapy 2026 rocks", "correct horse beck staple"])
      expect(passwordProblem(password, practiceOnly)).toMatch(/contains the practice's name.*Choose words/);
  });

  it("without the practice's name, checks only what it is given", () => {
    expect(passwordProblem("BeckTherapyGroup1", { email: "lee@example.org", name: "Lee Park" })).toBeUndefined();
  });

  it("keeps the length and common-password checks", () => {
    expect(passwordProblem("short", ana)).toMatch(/at least 12 characters \(this one has 5\)/);
    expect(passwordProblem("x".repeat(129), ana)).toBe("Use 128 characters or fewer.");
    expect(passwordProblem("password1234", ana)).toMatch(/commonly used passwords/);
  });
});
