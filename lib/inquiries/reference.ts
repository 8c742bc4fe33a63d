import { randomInt } from "node:crypto";

// No 0/O, 1/I/L: a reference read out over the phone should survive it.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A short reference the visitor and staff can quote, like KAP-7QF4M2. */
export function newReference(): string {
  return `KAP-${Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("")}`;
}
