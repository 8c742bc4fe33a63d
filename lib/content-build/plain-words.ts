import type { Meta } from "@content-collections/core";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { z } from "zod";
import { ContentProblems } from "./content-problems";
import { UNREADABLE } from "./strict-parsers";

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
      return `has ${issue.keys.length === 1 ? "a field" : "fields"} this file cannot have: ${issue.keys.map((key) => `"${key}"`).join(", ")}. Check the spelling against the field list in docs/editing-content.md`;
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

type Document = { _meta: Meta } & Record<string, unknown>;
type Wording = { nameItemsById?: boolean };

/**
 * What each collection gives Content Collections as its schema: the fields as the file holds them. The real schema
 * runs in the collection's transform (`validated`), where the file's name is known, so its problems join the build's
 * one list; a schema failing inside Content Collections would reach only the library's own log.
 */
export const fieldsAsRead: StandardSchemaV1<Record<string, unknown>> = {
  "~standard": {
    version: 1,
    vendor: "beck-content",
    validate: (value) =>
      value !== null && typeof value === "object" && !Array.isArray(value)
        ? { value: { ...value } }
        : { issues: [{ message: "the file must be a set of fields written as name: value, one per line" }] },
  },
};

/** Every problem a schema finds in a file's fields, as "field: what to fix"; none when they are valid. */
export function problemsIn(schema: z.ZodType, fields: unknown, options: Wording = {}): string[] {
  const result = parseInPlainWords(schema, fields);
  return result.success ? [] : inWords(result.error.issues, fields, options);
}

const parseInPlainWords = <T extends z.ZodType>(schema: T, fields: unknown) =>
  schema.safeParse(fields, { reportInput: true, error: plainWordsErrorMap });

function inWords(issues: z.core.$ZodIssue[], fields: unknown, options: Wording) {
  const where = (path: readonly PropertyKey[]) =>
    options.nameItemsById ? describePathById(path, fields) : describePath(path);
  return issues.map((issue) => `${where(issue.path)}: ${issue.message}`);
}

type Checked<T> = { valid: true; data: T & { _meta: Meta } } | { valid: false; problems: string[] };

function check<T extends z.ZodType<object>>(schema: T, document: Document, options: Wording): Checked<z.output<T>> {
  if (UNREADABLE in document) return { valid: false, problems: [String(document[UNREADABLE])] };
  const { _meta, ...fields } = document;
  const result = parseInPlainWords(schema, fields);
  if (result.success) return { valid: true, data: { ...result.data, _meta } };
  return { valid: false, problems: inWords(result.error.issues, fields, options) };
}

/** A document's fields checked by its schema, with Content Collections' `_meta` kept; throws every problem at once. */
export function validated<T extends z.ZodType<object>>(schema: T, document: Document, options: Wording = {}) {
  const result = check(schema, document, options);
  if (!result.valid) throw new ContentProblems(result.problems);
  return result.data;
}

/**
 * The valid ones among other documents (siblings, or another collection's), as a transform compares against them.
 * Another collection's documents are handed over as Content Collections holds them at that moment: already
 * transformed when that collection came first in the configuration, with fields such as sourceFile added. So only
 * the fields the schema defines are checked; the file's own transform reports its problems.
 */
export function validOnly<T extends z.ZodObject>(schema: T, documents: Document[]) {
  const known = new Set(Object.keys(schema.shape));
  return documents.flatMap((document) => {
    const schemaFields = Object.fromEntries(Object.entries(document).filter(([key]) => known.has(key)));
    const result = check(schema, { ...schemaFields, _meta: document._meta }, {});
    return result.valid ? [result.data] : [];
  });
}
