import type { OfficeData } from "./content-schema/office";

/**
 * Sentences that name every office, built from content/offices/ so that adding or closing an office changes
 * every page that lists them, with no code change. Give the offices in the order they are listed (getOffices()).
 */

type PlacedOffice = Pick<OfficeData, "neighborhood" | "area">;

const NUMBER_WORDS = [
  "no",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

/** "two offices", "one office" */
export function officeCount(offices: readonly unknown[]): string {
  const count = NUMBER_WORDS[offices.length] ?? String(offices.length);
  return `${count} ${offices.length === 1 ? "office" : "offices"}`;
}

/** "Two offices" at the start of a heading. */
export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "A and B", "A, B, and C"; with "&": "A & B", "A, B & C". Items that hold a comma of their own get one before the last. */
export function listInWords(items: readonly string[], conjunction: "and" | "&" = "and"): string {
  const last = items.at(-1);
  if (last === undefined) return "";
  if (items.length === 1) return last;
  const rest = items.slice(0, -1).join(", ");
  const serialComma = conjunction === "and" && (items.length > 2 || items.some((item) => item.includes(",")));
  return `${rest}${serialComma ? "," : ""} ${conjunction} ${last}`;
}

/** "West Los Angeles and Encino" */
export function neighborhoodList(offices: readonly PlacedOffice[], conjunction: "and" | "&" = "and"): string {
  return listInWords(
    offices.map((office) => office.neighborhood),
    conjunction,
  );
}

/** "in West Los Angeles, on the Westside, and in Encino, in the San Fernando Valley" */
export function neighborhoodsWithAreas(offices: readonly PlacedOffice[]): string {
  return listInWords(
    offices.map((office) => (office.area ? `in ${office.neighborhood}, ${office.area}` : `in ${office.neighborhood}`)),
  );
}

/** "one on the Westside and one in the San Fernando Valley" */
export function oneInEachArea(offices: readonly PlacedOffice[]): string {
  return listInWords(offices.map((office) => `one ${office.area ?? `in ${office.neighborhood}`}`));
}
