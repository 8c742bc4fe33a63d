import { defineParser } from "@content-collections/core";
import { parseDocument } from "yaml";

/**
 * Content Collections' own parsers (gray-matter + a lenient YAML read) were seen accepting broken frontmatter.
 * These read YAML strictly: syntax errors, duplicate keys and a missing closing --- all fail with the line.
 */
export function parseStrictYaml(text: string): Record<string, unknown> {
  const document = parseDocument(text, { uniqueKeys: true, strict: true, prettyErrors: true });
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem) throw new Error(`the YAML is not valid: ${problem.message.split("\n")[0]}`);
  const data: unknown = document.toJS();
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new Error("the file must be a set of fields written as name: value, one per line");
  }
  return data as Record<string, unknown>;
}

const opening = /^\uFEFF?---[ \t]*\r?\n/;
const closing = /^---[ \t]*$/m;

export function parseStrictFrontmatter(text: string): Record<string, unknown> & { content: string } {
  const start = opening.exec(text);
  if (!start)
    throw new Error(
      "the file must start with a frontmatter block: a line with ---, the fields, then another line with ---",
    );
  const rest = text.slice(start[0].length);
  const end = closing.exec(rest);
  if (!end) throw new Error("the frontmatter block is not closed: add a line with --- after the last field");
  const data = parseStrictYaml(rest.slice(0, end.index));
  if ("content" in data)
    throw new Error('"content" cannot be a frontmatter field: write the body below the closing ---');
  return { ...data, content: rest.slice(end.index + end[0].length).trim() };
}

/** Where a parsed file carries the reason it could not be read, for its collection's transform to list. */
export const UNREADABLE = Symbol("why the file could not be read");

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/*
 * A parser that throws makes Content Collections report the file while the builder is being created, before the CLI
 * (or the Next plugin) has attached its listeners, and the file is left out in silence. So these parsers hand a file
 * they cannot read on with the reason, and the transform reports it like any other problem of that file.
 */
export const strictFrontmatter = defineParser({
  hasContent: true,
  parse: (text) => {
    try {
      return parseStrictFrontmatter(text);
    } catch (error) {
      return { content: "", [UNREADABLE]: reasonOf(error) };
    }
  },
});
export const strictYaml = defineParser((text) => {
  try {
    return parseStrictYaml(text);
  } catch (error) {
    return { [UNREADABLE]: reasonOf(error) };
  }
});
