/**
 * A preview build (ALLOW_EXAMPLE_VALUES=true) may show example practice details, but marks each one where it
 * appears and keeps every page out of search engines. Read at build time: every content page is prerendered.
 */
export function isExamplePreview(): boolean {
  return process.env.ALLOW_EXAMPLE_VALUES === "true";
}

/** The words a preview puts after each example value, seen and read aloud. */
export const EXAMPLE_MARK_TEXT = "(example)";
