import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { z } from "zod";

/** "references, item 2, year" reads better to staff than references[1].year. */
export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "the file";
  return path.map((part) => (typeof part === "number" ? `item ${part + 1}` : String(part))).join(", ");
}

/**
 * Like describePath, but an item of a list that carries an id is named by it: "questions, item 3, options, item 2"
 * becomes 'question "age", option "under-18"', which staff can find in the file without counting.
 */
export function describePathById(path: readonly PropertyKey[], input: unknown): string {
  const parts: string[] = [];
  let node = input;
  for (const part of path) {
    const child = node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[part] : undefined;
    const id = child !== null && typeof child === "object" ? (child as { id?: unknown }).id : undefined;
    const listName = parts.at(-1);
    if (typeof part === "number" && typeof id === "string" && id !== "" && listName) {
      parts[parts.length - 1] = `${listName.replace(/s$/, "")} "${id}"`;
    } else {
      parts.push(typeof part === "number" ? `item ${part + 1}` : String(part));
    }
    node = child;
  }
  return parts.length === 0 ? "the file" : parts.join(", ");
}

/**
 * Zod's per-parse error map: it words only the issues a schema left to zod's defaults, so every message a schema
 * writes for staff is kept as it is (zod gives a schema's own message precedence over this map).
 */
export const plainWordsErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "is missing: add it";
      return `must be ${issue.expected === "array" ? "a list" : issue.expected}, but it is ${describeValue(issue.input)}`;
    case "unrecognized_keys":
      return `has ${issue.keys.length === 1 ? "a field" : "fields"} this file cannot have: ${issue.keys.map((key) => `"${key}"`).join(", ")}. Check the spelling against the README's field list`;
    case "invalid_value":
      return `must be one of: ${issue.values.map(String).join(", ")}`;
    case "too_small":
      return `must have at least ${String(issue.minimum)}${issue.origin === "array" ? " item(s)" : ""}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}${issue.origin === "array" ? " item(s)" : ""}`;
    default:
      return undefined;
  }
};

function describeValue(value: unknown): string {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "a group of fields" : `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * Wraps a zod schema for Content Collections so every problem arrives as "field: what to fix".
 * Content Collections prints issues as "- <path>: <message>"; the path is given as one readable segment.
 */
export function inPlainWords<T extends z.ZodType>(
  schema: T,
  options: { nameItemsById?: boolean } = {},
): StandardSchemaV1<z.input<T>, z.output<T>> {
  const where = (path: readonly PropertyKey[], input: unknown) =>
    options.nameItemsById ? describePathById(path, input) : describePath(path);
  return {
    "~standard": {
      version: 1,
      vendor: "beck-content",
      validate(value) {
        const result = schema.safeParse(value, { reportInput: true, error: plainWordsErrorMap });
        if (result.success) return { value: result.data };
        return {
          issues: result.error.issues.map((issue) => ({ message: issue.message, path: [where(issue.path, value)] })),
        };
      },
    },
  };
}
