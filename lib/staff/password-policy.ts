import { dictionary } from "@zxcvbn-ts/language-common";

/** NIST SP 800-63B: a length floor, a generous ceiling, a check against common passwords, and nothing else. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const commonPasswords = new Set((dictionary["passwords-common"] as string[]).map((word) => word.toLowerCase()));

/** Why a chosen password is refused, in words a person can act on; undefined when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters (this one has ${length}). A few unrelated words make a long password that is easy to remember.`;
  }
  if (length > PASSWORD_MAX_LENGTH) return `Use ${PASSWORD_MAX_LENGTH} characters or fewer.`;
  const lowered = password.toLowerCase();
  if (commonPasswords.has(lowered)) {
    return "This password is on a list of commonly used passwords that attackers try first. Choose another.";
  }
  const own = [context.email, context.email?.split("@")[0], context.name].filter(
    (part): part is string => !!part && part.length >= 4,
  );
  if (own.some((part) => lowered === part.toLowerCase()))
    return "Do not use your name or email address as your password.";
  return undefined;
}
