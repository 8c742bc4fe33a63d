import { dictionary } from "@zxcvbn-ts/language-common";

/** NIST SP 800-63B: a length floor, a generous ceiling, a check against common and context-specific words, and nothing else. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
/** Shorter pieces of a name ("Li", "Jo") occur inside too many unrelated words to refuse. */
const SHORTEST_OWN_WORD = 3;
/** A practice's name holds short everyday words ("The", "and", "LA") that say nothing about the practice. */
const SHORTEST_PRACTICE_WORD = 4;

const commonPasswords = new Set((dictionary["passwords-common"] as string[]).map((word) => word.toLowerCase()));

/** Letters and digits only, lower case: "Ana-Ruiz 2026!" and "anaruiz2026" are the same guess to an attacker. */
const bare = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
const words = (text: string, shortest = SHORTEST_OWN_WORD) =>
  text
    .split(/[^\p{L}\p{N}]+/u)
    .map(bare)
    .filter((word) => word.length >= shortest);

/** What an attacker who knows the person tries first: their name, their address, and its domain. */
function ownWords(email = "", name = ""): string[] {
  const [local = "", domain = ""] = email.split("@");
  // The domain without its last label (com, org), which is in far too many passwords to mean anything.
  const domainLabels = domain.split(".").slice(0, -1);
  return [...words(name), bare(local), ...words(local), ...domainLabels.flatMap(words)].filter(
    (word) => word.length >= SHORTEST_OWN_WORD,
  );
}

/**
 * Why a chosen password is refused, in words a person can act on; undefined when it is acceptable. The context
 * names what a password must not contain: the person's name and email, and the practice's name (content/practice.yaml,
 * passed in by the caller so that this stays a plain function).
 */
export function passwordProblem(
  password: string,
  context: { email?: string; name?: string; practiceName?: string } = {},
): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters (this one has ${length}). A few unrelated words make a long password that is easy to remember.`;
  }
  if (length > PASSWORD_MAX_LENGTH) return `Use ${PASSWORD_MAX_LENGTH} characters or fewer.`;
  if (commonPasswords.has(password.toLowerCase())) {
    return "This password is on a list of commonly used passwords that attackers try first. Choose another.";
  }
  const guessable = bare(password);
  if (ownWords(context.email, context.name).some((word) => guessable.includes(word)))
    return "This password contains your name or part of your email address, which someone who knows you would try first. Choose words that have nothing to do with you.";
  const practice = context.practiceName ? words(context.practiceName, SHORTEST_PRACTICE_WORD) : [];
  if (practice.some((word) => guessable.includes(word)))
    return "This password contains the practice's name, which anyone attacking the practice would try first. Choose words that have nothing to do with the practice.";
  return undefined;
}
